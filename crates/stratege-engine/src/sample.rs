//! The sample strategy bundled with Stratège: a complete, invented French client
//! that walks through all seven steps of the method, so a first-time user sees
//! what a finished strategy, its KPIs and its editorial calendar look like.

use crate::model::*;
use chrono::{Datelike, Days, NaiveDate};

/// When the sample was written; fixed so the sample never looks "edited".
const STAMP: &str = "2026-11-02T09:00:00.000Z";

// Team members, by position in `Strategy::team`.
const HELENE: usize = 0;
const THOMAS: usize = 1;
const INES: usize = 2;
const KARIM: usize = 3;
const SOPHIE: usize = 4;
const LUCIE: usize = 5;
const YANN: usize = 6;

// Channels, by position in `Strategy::channels`.
const INSTAGRAM: usize = 0;
const FACEBOOK: usize = 1;
const TIKTOK: usize = 2;
const LINKEDIN: usize = 3;
const GAZETTE: usize = 4;
const GOOGLE: usize = 5;

// Personas, by position in `Strategy::personas`.
const CAMILLE: usize = 0;
const SYLVIE: usize = 1;
const JULIEN: usize = 2;
const NADIA: usize = 3;

/// The nine existing shops, used to vary titles and briefs.
const SHOPS: [&str; 9] = [
    "Chantenay",
    "Talensac",
    "Graslin",
    "Rezé",
    "Vertou",
    "Saint-Herblain",
    "Bouaye",
    "Bouguenais",
    "La Chapelle-sur-Erdre",
];

/// The product of each week of the quarter, starting Monday 4 January 2027.
const WEEKLY_PRODUCTS: [&str; 13] = [
    "la galette frangipane",
    "la galette pommes et caramel au beurre salé",
    "le pain au sarrasin",
    "la brioche feuilletée",
    "le kouign-amann",
    "les beignets de Mardi gras",
    "le pain aux noix et au miel",
    "la tarte au citron meringuée",
    "le pain au petit épeautre",
    "le gâteau nantais",
    "la fouace nantaise",
    "la brioche de Pâques",
    "le pain de campagne au levain",
];

/// Days without publication (Easter Monday 2027).
const DAYS_OFF: [&str; 1] = ["2027-03-29"];

/// A recurring publication slot of the week.
struct Slot {
    /// 0 = Monday.
    weekday: u64,
    channel: usize,
    time: Option<&'static str>,
    /// Only on even weeks (the fortnightly newsletter).
    fortnightly: bool,
}

const SLOTS: [Slot; 9] = [
    Slot {
        weekday: 0,
        channel: INSTAGRAM,
        time: Some("07:30"),
        fortnightly: false,
    },
    Slot {
        weekday: 1,
        channel: FACEBOOK,
        time: Some("12:00"),
        fortnightly: false,
    },
    Slot {
        weekday: 2,
        channel: INSTAGRAM,
        time: None,
        fortnightly: false,
    },
    Slot {
        weekday: 2,
        channel: GOOGLE,
        time: None,
        fortnightly: false,
    },
    Slot {
        weekday: 3,
        channel: LINKEDIN,
        time: Some("08:30"),
        fortnightly: false,
    },
    Slot {
        weekday: 3,
        channel: TIKTOK,
        time: None,
        fortnightly: false,
    },
    Slot {
        weekday: 4,
        channel: INSTAGRAM,
        time: Some("17:45"),
        fortnightly: false,
    },
    Slot {
        weekday: 4,
        channel: GAZETTE,
        time: None,
        fortnightly: true,
    },
    Slot {
        weekday: 5,
        channel: FACEBOOK,
        time: None,
        fortnightly: false,
    },
];

/// A content idea that repeats with a different product (`{p}`) or shop (`{b}`).
struct Template {
    channel: usize,
    title: &'static str,
    brief: &'static str,
    /// Index into the channel's content pillars.
    pillar: usize,
    persona: usize,
    /// Defaults to the channel's owner.
    owner: Option<usize>,
}

const TEMPLATES: [Template; 21] = [
    Template {
        channel: INSTAGRAM,
        title: "Coulisses : {p}, du fournil à la vitrine",
        brief: "Reel vertical de 20 à 30 secondes tourné avant l'ouverture au fournil de {b} : les mains, le four, la vitrine qui se remplit. Sous-titres incrustés, musique libre de droits, pas de voix off.",
        pillar: 0,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: INSTAGRAM,
        title: "Sortie du four : {p}",
        brief: "Photo plein cadre à la lumière du matin, prix et boutiques concernées dans la légende, lien de précommande en bio. Story de rappel à 11 h pour ceux qui déjeunent sur le pouce.",
        pillar: 1,
        persona: JULIEN,
        owner: None,
    },
    Template {
        channel: INSTAGRAM,
        title: "Le café de {b} à l'heure du déjeuner",
        brief: "Carrousel de quatre photos de la salle et de la formule du midi ; rappeler que la précommande évite la file. N'identifier que les clients qui ont accepté d'apparaître.",
        pillar: 2,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: INSTAGRAM,
        title: "Question au chef : tout savoir sur {p}",
        brief: "Karim répond face caméra aux trois questions les plus posées cette semaine en commentaires ou au comptoir de {b}. Quarante-cinq secondes au plus, sous-titrées.",
        pillar: 0,
        persona: CAMILLE,
        owner: Some(KARIM),
    },
    Template {
        channel: INSTAGRAM,
        title: "Portrait : l'équipe du matin à {b}",
        brief: "Photo de l'équipe à 6 h 45 et quelques mots de la responsable de boutique : depuis quand elle est là, le client qu'elle n'oubliera pas. Accord écrit de chaque personne photographiée.",
        pillar: 2,
        persona: JULIEN,
        owner: None,
    },
    Template {
        channel: INSTAGRAM,
        title: "Carrousel : trois façons de déguster {p}",
        brief: "Trois idées simples (goûter, apéritif, dessert) en trois visuels ; la dernière image renvoie vers la carte « Fidèle au fournil ». Viser les enregistrements plutôt que les mentions J'aime.",
        pillar: 1,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: FACEBOOK,
        title: "Cette semaine à {b} : {p} en vitrine",
        brief: "Publication courte avec une photo de la boutique et ses horaires de la semaine ; rappeler qu'on peut réserver par téléphone quand on n'utilise pas la précommande en ligne.",
        pillar: 0,
        persona: SYLVIE,
        owner: None,
    },
    Template {
        channel: FACEBOOK,
        title: "Atelier enfants : façonner son petit pain à {b}",
        brief: "Annonce de l'atelier du mercredi après-midi, huit enfants au plus, inscription en boutique ou par message privé. Photo de l'atelier précédent, publiée avec l'accord des parents.",
        pillar: 1,
        persona: JULIEN,
        owner: None,
    },
    Template {
        channel: FACEBOOK,
        title: "Le mot d'un fidèle de {b}",
        brief: "Témoignage d'un client de longue date recueilli au comptoir par l'équipe, avec sa photo s'il l'accepte. Terminer par une invitation à rejoindre la carte « Fidèle au fournil ».",
        pillar: 2,
        persona: SYLVIE,
        owner: Some(LUCIE),
    },
    Template {
        channel: FACEBOOK,
        title: "Commandez pour le week-end : {p} à réserver",
        brief: "Rappel de la date limite de commande (jeudi 18 h), des formats disponibles et des boutiques de retrait. Lien de précommande et numéros des boutiques en commentaire épinglé.",
        pillar: 1,
        persona: JULIEN,
        owner: None,
    },
    Template {
        channel: TIKTOK,
        title: "Le geste du jour : {p} en 30 secondes",
        brief: "Un apprenti de {b} filme un geste du métier en plan serré, puis le produit fini. Texte à l'écran, aucune musique sous droits. Publié par le compte de la maison, avec crédit à l'apprenti.",
        pillar: 0,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: TIKTOK,
        title: "Une nuit avec les apprentis de {b}",
        brief: "Vlog d'une minute, de 2 h à 7 h : arrivée, pétrissage, cuisson, première cliente. Rappeler en fin de vidéo que les candidatures en apprentissage sont ouvertes.",
        pillar: 1,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: TIKTOK,
        title: "Défi du fournil : qui façonne le plus vite à {b} ?",
        brief: "Deux membres de l'équipe façonnent dix baguettes chacun, chronomètre en main ; le public vote en commentaire pour la fournée la plus régulière. Ton bon enfant, aucune moquerie.",
        pillar: 2,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: LINKEDIN,
        title: "Traiteur : {p} au petit-déjeuner d'équipe",
        brief: "Présenter la formule de la semaine pour 10 à 50 personnes, livrée avant 8 h dans la métropole, devis sous 24 h. Photo d'une livraison réelle chez un client qui l'a autorisée.",
        pillar: 0,
        persona: NADIA,
        owner: None,
    },
    Template {
        channel: LINKEDIN,
        title: "Métiers : ce qui se passe au fournil de {b} entre 3 h et 7 h",
        brief: "Récit à la première personne d'un boulanger de l'équipe, quatre photos. Lien vers les postes ouverts et l'apprentissage ; publication relayée par Hélène et Karim.",
        pillar: 1,
        persona: NADIA,
        owner: Some(YANN),
    },
    Template {
        channel: LINKEDIN,
        title: "Nos meuniers partenaires : la farine derrière {p}",
        brief: "Portrait d'un des trois moulins partenaires : distance, variétés de blé, ce que ce partenariat change pour le goût et pour l'emploi local. Chiffres vérifiés avec le meunier.",
        pillar: 2,
        persona: NADIA,
        owner: Some(HELENE),
    },
    Template {
        channel: GAZETTE,
        title: "La Gazette du fournil : {p} et l'avantage membre de la quinzaine",
        brief: "Édito de trois lignes signé Hélène, nouveauté de la quinzaine, avantage réservé aux membres de la carte, horaires particuliers des boutiques. Un seul appel à l'action : précommander.",
        pillar: 0,
        persona: SYLVIE,
        owner: None,
    },
    Template {
        channel: GAZETTE,
        title: "La Gazette du fournil : une recette maison avec {p}",
        brief: "Une recette familiale simple proposée par Karim pour accommoder le produit de la quinzaine à la maison ; liens vers la précommande et vers la vidéo Instagram associée.",
        pillar: 1,
        persona: JULIEN,
        owner: None,
    },
    Template {
        channel: GOOGLE,
        title: "Fiche Google de {b} : horaires, terrasse et précommande à jour",
        brief: "Vérifier les horaires et les jours fériés, ajouter trois photos récentes (vitrine, salle, équipe), publier un post qui rappelle la précommande pour éviter l'attente du samedi.",
        pillar: 0,
        persona: CAMILLE,
        owner: None,
    },
    Template {
        channel: GOOGLE,
        title: "Post Google : {p} dans les neuf boutiques",
        brief: "Post court sur toutes les fiches avec photo du produit, prix, période de disponibilité et bouton « Commander ». Vérifier au préalable que {b} en aura aussi en vitrine.",
        pillar: 1,
        persona: SYLVIE,
        owner: None,
    },
    Template {
        channel: GOOGLE,
        title: "Avis du mois à {b} : nos réponses et ce qui change",
        brief: "Relire les avis du mois, répondre à ceux restés sans réponse, puis publier sur la fiche ce que l'équipe a changé à la suite des remarques (file du samedi, ruptures du soir).",
        pillar: 2,
        persona: SYLVIE,
        owner: Some(LUCIE),
    },
];

/// The bundled sample strategy shown on first run: « Les Fournils Vernier », an
/// invented chain of nine bakery-cafés around Nantes, advised by an invented
/// consultant. Same content on every call; only the ids are fresh.
pub fn strategy() -> Strategy {
    let team = team();
    let channels = channels(&team);
    let personas = personas(&channels);
    let kpis = kpis(&team, &channels);
    let mut content = calendar(&team, &channels, &personas);
    content.extend(backlog(&team, &channels, &personas));
    Strategy {
        meta: meta(),
        team,
        objectives: objectives(),
        findings: findings(),
        competitors: competitors(),
        personas,
        kpis,
        slots: slots(&channels),
        channels,
        content,
    }
}

/// The publishing rhythm still to fill: Instagram at lunchtime, LinkedIn before work.
fn slots(channels: &[Channel]) -> Vec<RecurringSlot> {
    let slot = |channel: usize, weekday: u8, time: &str| RecurringSlot {
        id: new_id(),
        channel_id: channels[channel].id.clone(),
        weekday,
        time: time.into(),
    };
    vec![
        slot(LINKEDIN, 2, "08:30"),
        slot(INSTAGRAM, 3, "12:30"),
        slot(INSTAGRAM, 6, "10:00"),
    ]
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

fn meta() -> StrategyMeta {
    StrategyMeta {
        id: new_id(),
        title: "Stratège social 2027 — Les Fournils Vernier".into(),
        client_name: "Les Fournils Vernier".into(),
        consultant_name: "Claire Dujardin".into(),
        consultant_firm: "Atelier Sillage Conseil".into(),
        consultant_logo: None,
        language: Language::Fr,
        start_date: Some("2027-01-04".into()),
        end_date: Some("2027-12-31".into()),
        accent_color: "#9a5b2e".into(),
        maturity: Maturity::Advanced,
        differentiator: "Les Fournils Vernier, c'est le premier bonjour de la journée : celui d'une équipe qui vous connaît par votre prénom, qui était déjà là avant l'aube, et qui met votre pain de côté quand vous êtes en retard.".into(),
        proof_points: strings(&[
            "Le même levain est nourri chaque jour depuis l'ouverture du premier fournil, à Chantenay, en 1987.",
            "Sept ans d'ancienneté moyenne en boutique : les clients sont accueillis par des visages qu'ils connaissent.",
            "Quatorze apprentis formés chaque année, et des farines venues de trois moulins situés à moins de 80 km.",
        ]),
        human: HumanPlan {
            voice: "Chaleureuse, directe et matinale. Des phrases courtes, le vocabulaire du métier expliqué simplement, de l'humour sur nos propres horaires mais jamais sur les clients. On vouvoie, on signe de son prénom, et chaque publication montre une personne, un geste ou un lieu réel de nos boutiques.".into(),
            spokespeople: strings(&[
                "Hélène Vernier, co-gérante : les engagements de la maison et les nouvelles boutiques",
                "Karim Benali, chef boulanger : le métier, les produits et les apprentis",
                "Lucie Martin, responsable relation client : les réponses, les avis et le quotidien des boutiques",
            ]),
            response_promise: "Réponse à chaque message et commentaire en moins de deux heures, de 7 h à 19 h, sept jours sur sept, signée d'un prénom. Avis Google traités sous 48 heures ; face à une critique, une réponse publique courte, puis un échange en privé et, si c'est mérité, un geste en boutique.".into(),
            dos: strings(&[
                "Signer chaque réponse de son prénom et de sa boutique",
                "Montrer les équipes en situation de travail réelle, avec leur accord écrit",
                "Reconnaître une erreur publiquement et dire ce qui change",
                "Reprendre les photos des clients en les créditant, après le leur avoir demandé",
            ]),
            donts: strings(&[
                "Aucune image de banque d'images ni de visuel sans personne réelle derrière",
                "Ne jamais supprimer un commentaire critique, sauf propos injurieux",
                "Pas de promotion agressive ni de concours « identifiez trois amis »",
                "Ne pas mettre en avant un produit en rupture dans la plupart des boutiques",
            ]),
        },
        archived: false,
        created_at: STAMP.into(),
        updated_at: STAMP.into(),
    }
}

fn member(
    name: &str,
    department: Department,
    role: &str,
    contribution: &str,
    hours: f64,
) -> TeamMember {
    TeamMember {
        id: new_id(),
        name: name.into(),
        department,
        department_other: String::new(),
        role: role.into(),
        contribution: contribution.into(),
        hours_per_week: Some(hours),
    }
}

fn team() -> Vec<TeamMember> {
    vec![
        member(
            "Hélène Vernier",
            Department::Leadership,
            "Co-gérante, sponsor de la stratégie",
            "Arbitre les priorités entre boutiques, valide les budgets et porte la parole de la maison sur les engagements et les ouvertures de 2027.",
            2.0,
        ),
        member(
            "Thomas Le Goff",
            Department::Marketing,
            "Responsable marketing et fidélité, pilote de la stratégie",
            "Tient le programme « Fidèle au fournil », la précommande en ligne et le tableau de bord des KPI ; anime le point mensuel de l'équipe.",
            10.0,
        ),
        member(
            "Inès Moreau",
            Department::Content,
            "Community manager et photographe",
            "Produit les photos et vidéos dans les boutiques, publie sur Instagram et Facebook, tient le calendrier éditorial.",
            24.0,
        ),
        member(
            "Karim Benali",
            Department::Product,
            "Chef boulanger, expert produit",
            "Apporte le savoir-faire du fournil, la gamme de saison et les réponses techniques que le marketing ne saurait pas donner.",
            3.0,
        ),
        member(
            "Sophie Guérin",
            Department::Sales,
            "Responsable des ventes traiteur et entreprises",
            "Connaît les clients professionnels, suit les devis venus de LinkedIn et remonte les questions récurrentes des entreprises.",
            3.0,
        ),
        member(
            "Lucie Martin",
            Department::CustomerService,
            "Responsable relation client",
            "Répond aux messages et aux avis, fait le lien avec les responsables de boutique et signale chaque semaine les irritants des clients.",
            8.0,
        ),
        member(
            "Yann Perrot",
            Department::HumanResources,
            "Responsable ressources humaines",
            "Recrute apprentis et vendeurs, recueille les accords à l'image des salariés et pilote le test TikTok avec les apprentis volontaires.",
            3.0,
        ),
    ]
}

fn objectives() -> Vec<Objective> {
    let objective = |kind, is_primary, rationale: &str| Objective {
        id: new_id(),
        kind,
        other_label: String::new(),
        is_primary,
        rationale: rationale.into(),
    };
    vec![
        objective(
            ObjectiveKind::Loyalty,
            true,
            "Neuf clients sur dix vivent ou travaillent à moins d'un kilomètre d'une boutique, et la fréquence de visite des membres de la carte a reculé de 6 % en 2026. La croissance viendra d'abord de ceux qui nous connaissent déjà : les réseaux doivent entretenir ce lien au quotidien et faire adhérer à la carte « Fidèle au fournil ».",
        ),
        objective(
            ObjectiveKind::Awareness,
            false,
            "Deux boutiques ouvrent en 2027, à Carquefou en avril et à Sainte-Luce-sur-Loire en septembre, dans des communes où la maison est peu connue. Objectif secondaire : y être attendus avant le jour de l'ouverture.",
        ),
        objective(
            ObjectiveKind::Sales,
            false,
            "Le traiteur entreprises (petits-déjeuners, buffets de séminaire) dégage la meilleure marge par commande mais ne pèse que 8 % du chiffre d'affaires. Objectif secondaire, suivi sur LinkedIn et dans la Gazette.",
        ),
    ]
}

fn findings() -> Vec<Finding> {
    let finding = |source: &str, subject, what_is_said: &str, terms: &[&str]| Finding {
        id: new_id(),
        source: source.into(),
        subject,
        what_is_said: what_is_said.into(),
        search_terms: strings(terms),
    };
    vec![
        finding(
            "Groupes Facebook de parents et de quartiers (Rezé, Vertou, Nantes Sud)",
            FindingSubject::Audience,
            "Chaque semaine, des parents demandent où commander un gâteau d'anniversaire « pas trop sucré » ou une boulangerie ouverte le lundi. Nos boutiques sont citées spontanément pour l'accueil des enfants, presque jamais pour les commandes : peu de gens savent qu'elles sont possibles.",
            &["gâteau anniversaire Nantes", "boulangerie ouverte lundi", "atelier enfants boulangerie", "galette des rois commande"],
        ),
        finding(
            "Avis Google des neuf boutiques",
            FindingSubject::Audience,
            "Sur environ 1 200 avis, un sur cinq salue un membre de l'équipe par son prénom. Les critiques portent surtout sur l'attente du samedi matin et sur les ruptures de pain au levain après 18 h.",
            &["attente boulangerie samedi", "pain au levain Nantes", "boulangerie accueil Rezé", "rupture pain soir"],
        ),
        finding(
            "Instagram : hashtags et lieux géolocalisés",
            FindingSubject::Audience,
            "Les photos de brunch et de viennoiseries prises dans les cafés de Graslin et de Talensac sont nombreuses, mais géolocalisées sans mention du compte de la maison : les clients parlent du lieu, pas de la marque.",
            &["#brunchnantes", "#nantesfood", "#viennoiserie", "café Graslin"],
        ),
        finding(
            "LinkedIn : publications d'office managers et d'assistantes de direction nantaises",
            FindingSubject::Audience,
            "On y demande des recommandations de petits-déjeuners d'équipe livrés tôt, avec des produits locaux, des options sans allergènes et une facture unique. Les réponses citent surtout des traiteurs généralistes.",
            &["petit-déjeuner entreprise Nantes", "traiteur séminaire Nantes", "livraison viennoiseries bureau"],
        ),
        finding(
            "TikTok : vidéos d'apprentis et de boulangers indépendants",
            FindingSubject::Audience,
            "Les vidéos de façonnage et de « nuit au fournil » tournées par des apprentis font bien plus de vues que les comptes de marques ; les commentaires posent des questions sur l'apprentissage, les horaires et le salaire.",
            &["apprenti boulanger", "façonnage baguette", "CAP boulanger", "levain naturel"],
        ),
        finding(
            "Instagram et Facebook des Délices d'Ernestine",
            FindingSubject::Competitor,
            "Des concours mensuels très suivis, mais un engagement qui retombe dès qu'il n'y a rien à gagner ; les commentaires négatifs restent sans réponse pendant plusieurs jours.",
            &["Délices d'Ernestine", "concours boulangerie Nantes", "galette des rois Nantes"],
        ),
        finding(
            "TikTok et Instagram du Comptoir Levain",
            FindingSubject::Competitor,
            "Ouvert en 2026 dans le centre de Nantes, le Comptoir Levain soigne une esthétique très léchée autour du levain. Les commentaires admirent les images mais reprochent des prix élevés et un accueil distant.",
            &["Comptoir Levain", "pain au levain prix", "boulangerie tendance Nantes"],
        ),
    ]
}

fn competitors() -> Vec<Competitor> {
    let competitor = |name: &str, platforms: Vec<Platform>, notes: &str| Competitor {
        id: new_id(),
        name: name.into(),
        platforms,
        notes: notes.into(),
    };
    vec![
        competitor(
            "Les Délices d'Ernestine",
            vec![Platform::Instagram, Platform::Facebook],
            "Douze boulangeries dans l'agglomération. Forte audience Facebook nourrie par les concours ; peu de contenus sur les équipes ; réponses lentes aux critiques.",
        ),
        competitor(
            "Comptoir Levain",
            vec![Platform::Tiktok, Platform::Instagram],
            "Une seule boutique très photogénique, positionnée haut de gamme. Excellents contenus vidéo sur le levain ; aucune offre pour les familles ni pour les entreprises.",
        ),
        competitor(
            "Pains & Compagnie",
            vec![Platform::Facebook, Platform::Instagram, Platform::Linkedin],
            "Franchise nationale, trois points de vente dans la métropole. Application de précommande et programme de fidélité efficaces, mais communication nationale sans visages ni ancrage local.",
        ),
    ]
}

#[allow(clippy::too_many_arguments)]
fn channel(
    platform: Platform,
    custom_name: &str,
    reason: &str,
    pillars: &[&str],
    cadence: (u32, CadencePeriod),
    owner: &TeamMember,
    hours: f64,
    budget: f64,
    status: ChannelStatus,
) -> Channel {
    Channel {
        id: new_id(),
        platform,
        custom_name: custom_name.into(),
        reason: reason.into(),
        content_pillars: strings(pillars),
        cadence_count: Some(cadence.0),
        cadence_period: cadence.1,
        owner_id: Some(owner.id.clone()),
        hours_per_week: Some(hours),
        budget: Some(budget),
        status,
        drop_reason: String::new(),
    }
}

/// Channels in the order of the `INSTAGRAM`… constants. Budgets are annual, in euros.
fn channels(team: &[TeamMember]) -> Vec<Channel> {
    vec![
        channel(
            Platform::Instagram,
            "",
            "C'est là que Camille et Julien découvrent et enregistrent des adresses, et là que nos clients publient déjà des photos de nos cafés sans nous mentionner. Montrer le fournil et les visages transforme ces passages en habitude.",
            &["Coulisses du fournil", "Produits de saison", "La vie des cafés"],
            (3, CadencePeriod::Week),
            &team[INES],
            8.0,
            3600.0,
            ChannelStatus::Active,
        ),
        channel(
            Platform::Facebook,
            "",
            "Les groupes de quartier et de parents où échangent Sylvie et Julien sont sur Facebook ; nos boutiques y sont citées pour l'accueil, rarement pour les commandes de fêtes. La page annonce les rendez-vous en boutique et fait connaître la réservation.",
            &["Rendez-vous en boutique", "Familles et fêtes", "Le coin des fidèles"],
            (2, CadencePeriod::Week),
            &team[INES],
            4.0,
            2400.0,
            ChannelStatus::Active,
        ),
        channel(
            Platform::Tiktok,
            "",
            "Les vidéos d'apprentis au fournil attirent bien plus que les comptes de marques, et nous devons recruter quatorze apprentis par an. Un test de six mois, porté par des apprentis volontaires, dira si le format sert aussi la notoriété auprès de Camille.",
            &["Gestes d'artisan", "Paroles d'apprentis", "Défis du fournil"],
            (1, CadencePeriod::Week),
            &team[YANN],
            3.0,
            600.0,
            ChannelStatus::Test,
        ),
        channel(
            Platform::Linkedin,
            "",
            "Les office managers comme Nadia y cherchent des prestataires de petits-déjeuners, et c'est le réseau de nos futurs encadrants. Le traiteur entreprises est notre activité la plus rentable par commande.",
            &["Traiteur entreprises", "Métiers et recrutement", "Engagements locaux"],
            (1, CadencePeriod::Week),
            &team[SOPHIE],
            2.0,
            1200.0,
            ChannelStatus::Active,
        ),
        channel(
            Platform::Newsletter,
            "",
            "Plus de 6 000 membres de la carte nous ont confié leur courriel et ne reçoivent rien. La Gazette du fournil est le canal direct, sans algorithme, pour faire revenir Sylvie et Julien et annoncer les précommandes de fêtes.",
            &["Avantages membres", "La recette du mois", "Nouveautés des boutiques"],
            (2, CadencePeriod::Month),
            &team[THOMAS],
            3.0,
            900.0,
            ChannelStatus::Active,
        ),
        channel(
            Platform::Custom,
            "Fiches Google des boutiques",
            "Avant une première visite, Camille et Sylvie consultent la fiche Google : horaires justes, photos récentes et réponses aux avis décident du déplacement. C'est aussi là que se concentrent les plaintes sur l'attente du samedi.",
            &["Horaires et services", "Nouveautés en boutique", "Réponses aux avis"],
            (1, CadencePeriod::Week),
            &team[LUCIE],
            3.0,
            300.0,
            ChannelStatus::Active,
        ),
    ]
}

/// Personas in the order of the `CAMILLE`… constants.
fn personas(channels: &[Channel]) -> Vec<Persona> {
    let on = |indexes: &[usize]| {
        indexes
            .iter()
            .map(|&i| channels[i].id.clone())
            .collect::<Vec<_>>()
    };
    vec![
        Persona {
            id: new_id(),
            name: "Camille".into(),
            tagline: "La pause déjeuner qui doit compter".into(),
            demographics: "31 ans, cheffe de projet dans une agence de l'île de Nantes, en couple, sans enfant. Vit à Chantenay et se déplace à vélo.".into(),
            psychographics: "Aime les adresses qui ont une histoire et les produits qu'elle peut raconter à ses collègues. Se méfie des marques trop lisses ; prête à payer un peu plus pour du local.".into(),
            online_behaviour: "Instagram tous les jours (stories, lieux enregistrés), TikTok le soir pour les recettes et les coulisses. Cherche « boulangerie près de moi » sur Google Maps avant de quitter le bureau.".into(),
            values: "Authenticité, savoir-faire visible, commerce de quartier, manger vite sans mal manger.".into(),
            challenges: "Quarante minutes de pause, la file d'attente de midi, peu de choix végétariens autour du bureau.".into(),
            goals: "Un déjeuner bon et rapide, précommandé depuis son téléphone, et un café où s'installer avec son ordinateur le vendredi.".into(),
            quote: "« Si je peux commander à 11 h 30 et repartir avec mon sac en deux minutes, je viens tous les jours. »".into(),
            color: "#c0713a".into(),
            priority: PersonaPriority::Primary,
            picture: None,
            channel_ids: on(&[INSTAGRAM, TIKTOK, GOOGLE]),
            primary_channel_ids: on(&[INSTAGRAM]),
        },
        Persona {
            id: new_id(),
            name: "Sylvie".into(),
            tagline: "La fidèle du dimanche matin".into(),
            demographics: "63 ans, institutrice à la retraite, veuve, habite Rezé depuis trente ans ; garde ses deux petits-enfants le mercredi.".into(),
            psychographics: "Attachée aux visages plus qu'aux marques ; aime qu'on se souvienne de sa commande. Sensible à la tradition et à la régularité.".into(),
            online_behaviour: "Facebook chaque jour (groupes de quartier, pages des commerçants), courriels lus le matin avec son café. Lit les avis Google avant d'essayer une nouvelle adresse.".into(),
            values: "Fidélité, politesse, produits « comme avant », vie de quartier.".into(),
            challenges: "Supporte mal l'attente debout le samedi, peu à l'aise avec les applications, craint que « sa » boulangerie change.".into(),
            goals: "Réserver sa fouace et son pain du dimanche sans application, être prévenue des nouveautés et des fermetures, profiter de ses avantages de fidélité.".into(),
            quote: "« Là-bas, on m'appelle par mon prénom. C'est pour ça que je traverse la Loire. »".into(),
            color: "#4f7cac".into(),
            priority: PersonaPriority::Primary,
            picture: None,
            channel_ids: on(&[FACEBOOK, GAZETTE, GOOGLE]),
            primary_channel_ids: on(&[FACEBOOK, GAZETTE]),
        },
        Persona {
            id: new_id(),
            name: "Julien".into(),
            tagline: "Le parent qui organise tout".into(),
            demographics: "39 ans, technicien à la métropole, marié, deux enfants de 6 et 9 ans. Habite Vertou, fait les courses le samedi matin.".into(),
            psychographics: "Pragmatique, cherche des moments simples en famille ; fier d'offrir du « fait maison » aux anniversaires. Attentif au rapport qualité-prix.".into(),
            online_behaviour: "Facebook pour les groupes de parents et les sorties locales, Instagram pour les idées de goûters. Ouvre les courriels qui annoncent une offre ou une date limite.".into(),
            values: "Famille, transmission, qualité sans prétention, bons plans honnêtes.".into(),
            challenges: "Pense au gâteau d'anniversaire la veille, ignore que les boutiques prennent des commandes, week-ends très chargés.".into(),
            goals: "Commander un gâteau ou une galette quelques jours avant, trouver des activités pour les enfants pendant les vacances, faire plaisir sans se ruiner.".into(),
            quote: "« Dites-moi jusqu'à quand je peux commander, je m'occupe du reste. »".into(),
            color: "#6b8f4e".into(),
            priority: PersonaPriority::Secondary,
            picture: None,
            channel_ids: on(&[FACEBOOK, INSTAGRAM, GAZETTE]),
            primary_channel_ids: on(&[FACEBOOK]),
        },
        Persona {
            id: new_id(),
            name: "Nadia".into(),
            tagline: "L'office manager qui nourrit toute l'équipe".into(),
            demographics: "44 ans, office manager d'un bureau d'études de 80 personnes à Saint-Herblain ; organise réunions, séminaires et pots de départ.".into(),
            psychographics: "Organisée et exigeante sur la fiabilité ; veut que ses choix fassent bonne impression auprès de la direction. Sensible aux engagements locaux et à la lutte contre le gaspillage.".into(),
            online_behaviour: "LinkedIn au bureau (réseau d'office managers, recommandations de prestataires), lit les courriels professionnels utiles, compare les devis en ligne.".into(),
            values: "Fiabilité, ponctualité, facture claire, fournisseurs locaux et responsables.".into(),
            challenges: "Livraisons en retard avant 8 h 30, allergies à gérer, plusieurs prestataires pour un même événement, budget par personne serré.".into(),
            goals: "Un interlocuteur unique qui livre à l'heure, un devis en 24 heures, des produits dont on parle en bien après la réunion.".into(),
            quote: "« Je veux pouvoir commander lundi pour jeudi sans passer trois coups de fil. »".into(),
            color: "#8e5a9b".into(),
            priority: PersonaPriority::Secondary,
            picture: None,
            channel_ids: on(&[LINKEDIN, GAZETTE]),
            primary_channel_ids: on(&[LINKEDIN]),
        },
    ]
}

fn kpis(team: &[TeamMember], channels: &[Channel]) -> Vec<Kpi> {
    let kpi = |name: &str,
               definition: &str,
               funnel_stage,
               unit: &str,
               values: [f64; 5],
               owner: usize,
               on: &[usize]| Kpi {
        id: new_id(),
        name: name.into(),
        definition: definition.into(),
        funnel_stage,
        unit: unit.into(),
        baseline: Some(values[0]),
        year: Some(2027),
        q1: Some(values[1]),
        q2: Some(values[2]),
        q3: Some(values[3]),
        q4: Some(values[4]),
        owner_id: Some(team[owner].id.clone()),
        channel_ids: on.iter().map(|&i| channels[i].id.clone()).collect(),
    };
    vec![
        kpi(
            "Portée mensuelle des réseaux sociaux",
            "Nombre moyen de personnes uniques touchées par mois sur Instagram, Facebook et TikTok, d'après les statistiques de chaque plateforme, relevé le 5 du mois suivant.",
            FunnelStage::Reach,
            "personnes / mois",
            [41_000.0, 48_000.0, 56_000.0, 63_000.0, 72_000.0],
            INES,
            &[INSTAGRAM, FACEBOOK, TIKTOK],
        ),
        kpi(
            "Vues des fiches Google des boutiques",
            "Total mensuel des vues des neuf fiches d'établissement (recherche et Maps), d'après leurs statistiques.",
            FunnelStage::Reach,
            "vues / mois",
            [23_500.0, 26_000.0, 29_000.0, 31_500.0, 34_000.0],
            LUCIE,
            &[GOOGLE],
        ),
        kpi(
            "Taux d'engagement moyen des publications",
            "(Réactions + commentaires + enregistrements + partages) ÷ portée, en moyenne sur les publications du trimestre, Instagram et Facebook.",
            FunnelStage::Engagement,
            "%",
            [2.3, 2.6, 2.9, 3.2, 3.5],
            INES,
            &[INSTAGRAM, FACEBOOK],
        ),
        kpi(
            "Clics vers la précommande en ligne",
            "Visites du module de précommande venant des réseaux, de la Gazette ou des fiches Google, mesurées par des liens tracés (UTM) dans l'outil d'analyse du site.",
            FunnelStage::Traffic,
            "clics / mois",
            [850.0, 1_100.0, 1_400.0, 1_700.0, 2_100.0],
            THOMAS,
            &[INSTAGRAM, FACEBOOK, GAZETTE, GOOGLE],
        ),
        kpi(
            "Précommandes attribuées aux réseaux",
            "Précommandes payées dont la visite d'origine est un lien tracé des réseaux, de la Gazette ou d'une fiche Google, cumulées sur le trimestre.",
            FunnelStage::Conversion,
            "commandes / trimestre",
            [290.0, 380.0, 480.0, 600.0, 760.0],
            THOMAS,
            &[INSTAGRAM, FACEBOOK, GAZETTE, GOOGLE],
        ),
        kpi(
            "Demandes de devis traiteur entreprises",
            "Demandes de devis reçues par message LinkedIn ou par le formulaire entreprises avec la source « LinkedIn » ou « Gazette », cumulées sur le trimestre.",
            FunnelStage::Conversion,
            "devis / trimestre",
            [7.0, 10.0, 14.0, 18.0, 24.0],
            SOPHIE,
            &[LINKEDIN, GAZETTE],
        ),
        kpi(
            "Nouvelles adhésions à la carte « Fidèle au fournil »",
            "Adhésions créées avec un code des réseaux (lien de la bio, QR code des publications, Gazette), cumulées sur le trimestre.",
            FunnelStage::Loyalty,
            "adhésions / trimestre",
            [180.0, 260.0, 340.0, 420.0, 520.0],
            THOMAS,
            &[INSTAGRAM, FACEBOOK, GAZETTE],
        ),
        kpi(
            "Fréquence de visite des membres abonnés à la Gazette",
            "Nombre moyen de passages en caisse par mois des membres de la carte inscrits à la Gazette, relevé dans le logiciel de caisse et comparé au reste des membres.",
            FunnelStage::Loyalty,
            "visites / mois",
            [3.1, 3.2, 3.4, 3.5, 3.7],
            HELENE,
            &[GAZETTE, FACEBOOK],
        ),
    ]
}

fn status_on(date: NaiveDate) -> ContentStatus {
    match (date.month(), date.day()) {
        (1, _) => ContentStatus::Published,
        (2, day) if day <= 14 => ContentStatus::Scheduled,
        (2, _) => ContentStatus::Approved,
        (_, day) if day <= 10 => ContentStatus::InReview,
        (_, day) if day <= 20 => ContentStatus::Draft,
        _ => ContentStatus::Idea,
    }
}

fn notes_for(status: ContentStatus) -> &'static str {
    match status {
        ContentStatus::Published => "Publié ; statistiques relevées au bilan mensuel.",
        ContentStatus::Scheduled => {
            "Programmé ; la veille, vérifier que le produit sera bien en vitrine."
        }
        ContentStatus::Approved => "Validé par Thomas ; reste à programmer.",
        ContentStatus::InReview => "En relecture chez Lucie et la boutique concernée.",
        ContentStatus::Draft => "",
        ContentStatus::Idea => "À confirmer selon la gamme de la semaine.",
    }
}

/// The dated items of January to March 2027: every slot of every week, each
/// channel cycling through its own templates.
fn calendar(team: &[TeamMember], channels: &[Channel], personas: &[Persona]) -> Vec<ContentItem> {
    let first_monday = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid constant date");
    let last_day = NaiveDate::from_ymd_opt(2027, 3, 31).expect("valid constant date");
    let mut next_template = [0usize; 6];
    let mut uses = [0usize; TEMPLATES.len()];
    let mut items = Vec::new();
    for (week, product) in WEEKLY_PRODUCTS.iter().enumerate() {
        for slot in &SLOTS {
            if slot.fortnightly && week % 2 == 1 {
                continue;
            }
            let Some(date) =
                first_monday.checked_add_days(Days::new(week as u64 * 7 + slot.weekday))
            else {
                continue;
            };
            let day = date.format("%Y-%m-%d").to_string();
            if date > last_day || DAYS_OFF.contains(&day.as_str()) {
                continue;
            }
            let own: Vec<usize> = (0..TEMPLATES.len())
                .filter(|&t| TEMPLATES[t].channel == slot.channel)
                .collect();
            if own.is_empty() {
                continue;
            }
            let t = own[next_template[slot.channel] % own.len()];
            next_template[slot.channel] += 1;
            let template = &TEMPLATES[t];
            let shop = SHOPS[(t + uses[t] * 2) % SHOPS.len()];
            uses[t] += 1;
            let fill = |text: &str| text.replace("{p}", product).replace("{b}", shop);
            let channel = &channels[slot.channel];
            let status = status_on(date);
            items.push(ContentItem {
                id: new_id(),
                title: fill(template.title),
                brief: fill(template.brief),
                channel_id: Some(channel.id.clone()),
                persona_id: Some(personas[template.persona].id.clone()),
                pillar: channel
                    .content_pillars
                    .get(template.pillar)
                    .cloned()
                    .unwrap_or_default(),
                status,
                date: Some(day),
                time: slot.time.map(str::to_string),
                owner_id: match template.owner {
                    Some(member) => Some(team[member].id.clone()),
                    None => channel.owner_id.clone(),
                },
                notes: notes_for(status).into(),
            });
        }
    }
    items
}

/// Undated ideas waiting in the backlog.
fn backlog(team: &[TeamMember], channels: &[Channel], personas: &[Persona]) -> Vec<ContentItem> {
    let ideas: [(&str, &str, usize, usize, usize, usize, &str); 6] = [
        (
            "Série : les métiers de l'ombre de la maison",
            "Livreur, plongeur, responsable des stocks : une personne par mois, ce qu'elle fait pendant que les boutiques dorment.",
            INSTAGRAM, 2, JULIEN, INES,
            "Attendre l'accord des équipes concernées.",
        ),
        (
            "Ouverture de Carquefou : le chantier en dix photos",
            "Compte à rebours hebdomadaire jusqu'à l'ouverture d'avril : le four qui arrive, l'équipe recrutée, la première fournée d'essai.",
            FACEBOOK, 0, SYLVIE, INES,
            "Date d'ouverture à confirmer par Hélène.",
        ),
        (
            "En direct : la fouace façonnée devant vous",
            "Vidéo en direct de vingt minutes depuis le fournil de Chantenay, questions en commentaires auxquelles Karim répond en façonnant.",
            FACEBOOK, 1, SYLVIE, KARIM,
            "",
        ),
        (
            "Guide : un petit-déjeuner d'équipe sans gaspillage",
            "Document à télécharger : quantités par personne, options sans allergènes, que faire des restes ; en échange, l'inscription à la Gazette entreprises.",
            LINKEDIN, 2, NADIA, SOPHIE,
            "Relecture par Sophie et Karim.",
        ),
        (
            "Jeu de piste dans les neuf boutiques pour les vacances de printemps",
            "Un tampon par boutique visitée, une viennoiserie offerte au troisième ; annonce réservée d'abord aux membres de la carte.",
            GAZETTE, 0, JULIEN, THOMAS,
            "Vérifier le coût avec Hélène.",
        ),
        (
            "Réponse en vidéo à l'avis le plus sévère du trimestre",
            "Le responsable de la boutique concernée explique ce qui a changé depuis ; seulement avec l'accord de l'auteur de l'avis.",
            GOOGLE, 2, SYLVIE, LUCIE,
            "Idée à discuter : format délicat.",
        ),
    ];
    ideas
        .iter()
        .map(
            |&(title, brief, ch, pillar, persona, owner, notes)| ContentItem {
                id: new_id(),
                title: title.into(),
                brief: brief.into(),
                channel_id: Some(channels[ch].id.clone()),
                persona_id: Some(personas[persona].id.clone()),
                pillar: channels[ch]
                    .content_pillars
                    .get(pillar)
                    .cloned()
                    .unwrap_or_default(),
                status: ContentStatus::Idea,
                date: None,
                time: None,
                owner_id: Some(team[owner].id.clone()),
                notes: notes.into(),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;
    use std::collections::HashSet;

    fn dated(s: &Strategy) -> Vec<&ContentItem> {
        s.content.iter().filter(|c| c.date.is_some()).collect()
    }

    #[test]
    fn header_is_complete_and_valid() {
        let s = strategy();
        validate::meta(&s.meta).expect("meta passes validation");
        assert_eq!(s.meta.language, Language::Fr);
        assert!(s.meta.title.starts_with("Stratège social 2027 — "));
        assert!(!s.meta.client_name.is_empty());
        assert!(!s.meta.consultant_name.is_empty());
        assert!(!s.meta.consultant_firm.is_empty());
        assert_eq!(s.meta.start_date.as_deref(), Some("2027-01-04"));
        assert_eq!(s.meta.end_date.as_deref(), Some("2027-12-31"));
        assert_eq!(s.meta.created_at, STAMP);
        assert_eq!(s.meta.updated_at, STAMP);
        assert!(!s.meta.differentiator.is_empty());
        assert_eq!(s.meta.proof_points.len(), 3);
        let h = &s.meta.human;
        assert!(!h.voice.is_empty() && !h.response_promise.is_empty());
        assert!((2..=3).contains(&h.spokespeople.len()));
        assert_eq!(h.dos.len(), 4);
        assert_eq!(h.donts.len(), 4);
    }

    #[test]
    fn every_item_passes_validation() {
        let s = strategy();
        let items = s
            .team
            .iter()
            .cloned()
            .map(Item::TeamMember)
            .chain(s.objectives.iter().cloned().map(Item::Objective))
            .chain(s.findings.iter().cloned().map(Item::Finding))
            .chain(s.competitors.iter().cloned().map(Item::Competitor))
            .chain(s.personas.iter().cloned().map(Item::Persona))
            .chain(s.kpis.iter().cloned().map(Item::Kpi))
            .chain(s.channels.iter().cloned().map(Item::Channel))
            .chain(s.content.iter().cloned().map(Item::ContentItem));
        for item in items {
            if let Err(e) = validate::item(&item) {
                panic!("{:?} {} fails validation: {e}", item.kind(), item.id());
            }
        }
    }

    #[test]
    fn team_is_cross_functional() {
        let s = strategy();
        assert!(s.team.len() >= 6);
        let departments: HashSet<_> = s.team.iter().map(|m| m.department).collect();
        assert!(
            departments.len() >= 5,
            "only {} departments",
            departments.len()
        );
        assert!(departments.contains(&Department::Sales));
        assert!(departments.contains(&Department::CustomerService));
        assert!(s
            .team
            .iter()
            .all(|m| m.hours_per_week.is_some_and(|h| h > 0.0)));
        assert!(s
            .team
            .iter()
            .all(|m| !m.name.is_empty() && !m.role.is_empty() && !m.contribution.is_empty()));
    }

    #[test]
    fn exactly_one_primary_objective() {
        let s = strategy();
        assert_eq!(s.objectives.len(), 3);
        assert_eq!(s.objectives.iter().filter(|o| o.is_primary).count(), 1);
        assert!(s.objectives.iter().all(|o| !o.rationale.is_empty()));
    }

    #[test]
    fn listening_goes_beyond_the_brand_and_covers_competitors() {
        let s = strategy();
        assert!(s.findings.len() >= 5);
        assert!(s
            .findings
            .iter()
            .any(|f| f.subject == FindingSubject::Audience));
        assert!(s
            .findings
            .iter()
            .any(|f| f.subject == FindingSubject::Competitor));
        let brand = s.meta.client_name.to_lowercase();
        for f in &s.findings {
            assert!(!f.source.is_empty() && !f.what_is_said.is_empty());
            assert!(f
                .search_terms
                .iter()
                .any(|t| !t.to_lowercase().contains(&brand)));
        }
        assert_eq!(s.competitors.len(), 3);
        assert!(s.competitors.iter().all(|c| !c.platforms.is_empty()));
    }

    #[test]
    fn four_complete_personas_each_reachable() {
        let s = strategy();
        assert_eq!(s.personas.len(), 4);
        let colours: HashSet<_> = s.personas.iter().map(|p| p.color.as_str()).collect();
        assert_eq!(colours.len(), 4);
        for p in &s.personas {
            for text in [
                &p.name,
                &p.tagline,
                &p.demographics,
                &p.psychographics,
                &p.online_behaviour,
                &p.values,
                &p.challenges,
                &p.goals,
                &p.quote,
            ] {
                assert!(!text.trim().is_empty(), "{} has an empty field", p.name);
            }
            assert!(
                (2..=3).contains(&p.channel_ids.len()),
                "{} is on {} channels",
                p.name,
                p.channel_ids.len()
            );
        }
    }

    #[test]
    fn channel_plan_is_complete() {
        let s = strategy();
        assert_eq!(s.channels.len(), 6);
        let platforms: HashSet<_> = s.channels.iter().map(|c| c.platform).collect();
        assert_eq!(platforms.len(), 6);
        let active = s
            .channels
            .iter()
            .filter(|c| c.status == ChannelStatus::Active)
            .count();
        let trial = s
            .channels
            .iter()
            .filter(|c| matches!(c.status, ChannelStatus::Test | ChannelStatus::Later))
            .count();
        assert_eq!((active, trial), (5, 1));
        for c in &s.channels {
            assert!(!c.reason.is_empty());
            assert_eq!(c.content_pillars.len(), 3);
            assert!(c.cadence_count.is_some_and(|n| n > 0));
            assert!(c.owner_id.is_some() && c.hours_per_week.is_some() && c.budget.is_some());
            if c.platform == Platform::Custom {
                assert!(!c.custom_name.is_empty());
            }
        }
        // Every channel of the plan reaches at least one persona.
        for c in &s.channels {
            assert!(s.personas.iter().any(|p| p.channel_ids.contains(&c.id)));
        }
    }

    #[test]
    fn kpis_follow_the_funnel_with_rising_targets() {
        let s = strategy();
        assert_eq!(s.kpis.len(), 8);
        let stages: HashSet<_> = s.kpis.iter().map(|k| k.funnel_stage).collect();
        assert_eq!(
            stages.len(),
            FunnelStage::ALL.len(),
            "every funnel stage has a KPI"
        );
        assert_eq!(s.meta.maturity, Maturity::Advanced);
        for k in &s.kpis {
            assert!(!k.definition.is_empty() && !k.unit.is_empty());
            assert_eq!(k.year, Some(2027));
            let values = [k.baseline, k.q1, k.q2, k.q3, k.q4].map(|v| v.expect("value set"));
            assert!(
                values.windows(2).all(|w| w[0] < w[1]),
                "{} targets do not rise",
                k.name
            );
            assert!(k.owner_id.is_some());
            assert!(!k.channel_ids.is_empty());
        }
    }

    #[test]
    fn every_reference_resolves() {
        let s = strategy();
        let team: HashSet<_> = s.team.iter().map(|x| x.id.as_str()).collect();
        let channels: HashSet<_> = s.channels.iter().map(|x| x.id.as_str()).collect();
        let personas: HashSet<_> = s.personas.iter().map(|x| x.id.as_str()).collect();
        let in_set = |set: &HashSet<&str>, id: &Option<String>| {
            id.as_deref().is_some_and(|i| set.contains(i))
        };
        for c in &s.channels {
            assert!(in_set(&team, &c.owner_id));
        }
        for p in &s.personas {
            assert!(p.channel_ids.iter().all(|i| channels.contains(i.as_str())));
        }
        for k in &s.kpis {
            assert!(in_set(&team, &k.owner_id));
            assert!(k.channel_ids.iter().all(|i| channels.contains(i.as_str())));
        }
        for c in &s.content {
            assert!(in_set(&channels, &c.channel_id), "{}", c.title);
            assert!(in_set(&personas, &c.persona_id), "{}", c.title);
            assert!(in_set(&team, &c.owner_id), "{}", c.title);
        }
    }

    #[test]
    fn ids_are_unique() {
        let s = strategy();
        let mut all: Vec<&str> = vec![s.meta.id.as_str()];
        all.extend(s.team.iter().map(|x| x.id.as_str()));
        all.extend(s.objectives.iter().map(|x| x.id.as_str()));
        all.extend(s.findings.iter().map(|x| x.id.as_str()));
        all.extend(s.competitors.iter().map(|x| x.id.as_str()));
        all.extend(s.personas.iter().map(|x| x.id.as_str()));
        all.extend(s.kpis.iter().map(|x| x.id.as_str()));
        all.extend(s.channels.iter().map(|x| x.id.as_str()));
        all.extend(s.content.iter().map(|x| x.id.as_str()));
        let unique: HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len());
    }

    #[test]
    fn content_targets_the_right_audience_and_pillars() {
        let s = strategy();
        for c in &s.content {
            let channel = s
                .channels
                .iter()
                .find(|x| Some(&x.id) == c.channel_id.as_ref())
                .expect("channel");
            let persona = s
                .personas
                .iter()
                .find(|x| Some(&x.id) == c.persona_id.as_ref())
                .expect("persona");
            assert!(
                channel.content_pillars.contains(&c.pillar),
                "{}: pillar {}",
                c.title,
                c.pillar
            );
            assert!(
                persona.channel_ids.contains(&channel.id),
                "{}: {} is not on that channel",
                c.title,
                persona.name
            );
            assert!(
                !c.title.contains('{') && !c.brief.contains('{'),
                "unfilled placeholder in {}",
                c.title
            );
        }
    }

    #[test]
    fn calendar_covers_the_first_quarter() {
        let s = strategy();
        let dated = dated(&s);
        assert!(dated.len() >= 60, "only {} dated items", dated.len());
        let first = NaiveDate::from_ymd_opt(2027, 1, 1).expect("valid constant date");
        let last = NaiveDate::from_ymd_opt(2027, 3, 31).expect("valid constant date");
        let mut weekdays = 0;
        let mut months = HashSet::new();
        for c in &dated {
            let date = NaiveDate::parse_from_str(c.date.as_deref().unwrap_or_default(), "%Y-%m-%d")
                .expect("a date");
            assert!(
                (first..=last).contains(&date),
                "{} is dated {date}",
                c.title
            );
            months.insert(date.month());
            if date.weekday().number_from_monday() <= 5 {
                weekdays += 1;
            }
        }
        assert_eq!(months.len(), 3);
        assert!(weekdays * 10 >= dated.len() * 8, "mostly weekdays");
        let timed = dated.iter().filter(|c| c.time.is_some()).count();
        assert!(
            timed * 10 >= dated.len() * 3 && timed * 10 <= dated.len() * 7,
            "{timed} of {} timed",
            dated.len()
        );
        let titles: HashSet<_> = dated.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles.len(), dated.len(), "dated titles are all different");
        // Statuses follow the calendar: the past is published, March is still in the works.
        for c in &dated {
            let month = &c.date.as_deref().unwrap_or_default()[5..7];
            match month {
                "01" => assert_eq!(c.status, ContentStatus::Published),
                "02" => assert!(matches!(
                    c.status,
                    ContentStatus::Scheduled | ContentStatus::Approved
                )),
                _ => assert!(matches!(
                    c.status,
                    ContentStatus::Idea | ContentStatus::Draft | ContentStatus::InReview
                )),
            }
        }
    }

    #[test]
    fn backlog_holds_six_undated_ideas() {
        let s = strategy();
        let backlog: Vec<_> = s.content.iter().filter(|c| c.date.is_none()).collect();
        assert_eq!(backlog.len(), 6);
        assert!(backlog
            .iter()
            .all(|c| c.time.is_none() && c.status == ContentStatus::Idea));
    }

    /// The JSON of a strategy with its ids replaced by their rank, in a fixed order.
    fn without_ids(s: &Strategy) -> String {
        let mut json = serde_json::to_string(s).expect("serialises");
        let ids = std::iter::once(&s.meta.id)
            .chain(s.team.iter().map(|x| &x.id))
            .chain(s.objectives.iter().map(|x| &x.id))
            .chain(s.findings.iter().map(|x| &x.id))
            .chain(s.competitors.iter().map(|x| &x.id))
            .chain(s.personas.iter().map(|x| &x.id))
            .chain(s.kpis.iter().map(|x| &x.id))
            .chain(s.channels.iter().map(|x| &x.id))
            .chain(s.content.iter().map(|x| &x.id))
            .chain(s.slots.iter().map(|x| &x.id));
        for (rank, id) in ids.enumerate() {
            json = json.replace(id.as_str(), &format!("id-{rank}"));
        }
        json
    }

    #[test]
    fn same_content_on_every_call_but_fresh_ids() {
        let (a, b) = (strategy(), strategy());
        assert_ne!(a.meta.id, b.meta.id);
        assert_eq!(without_ids(&a), without_ids(&b));
    }
}
