// French: its phrases glossed onto the reader's canonical words. French puts the verb first, as
// English does, and names a metric before what qualifies it ("taux de conversion").
#include "../objective_language.hpp"

#include <iterator>

namespace goalpost::detail {

namespace {

constexpr std::string_view markers_list[] = {
    "le", "les", "du", "des", "et", "pour", "avec", "ici", "au", "aux", "sur", "dans", "sous",
    "une", "nous", "notre", "nos", "mois", "année", "semaine", "semaines", "jours",
    "augmenter", "réduire", "atteindre", "générer", "doubler", "maintenir", "moins", "fin",
    "chaque", "par", "taux", "chiffre", "affaires", "nouveaux", "nouvelles", "prochains",
    "prochaines", "à", "veut", "voulons", "souhaitons", "afin", "leur", "ces", "être",
    "trimestre", "semestre", "clients", "hausse", "baisse", "inférieur", "supérieur", "d",
    "l", "qu", "ou", "acquérir", "décrocher", "gagner", "fidélisation", "demandes",
};

constexpr Gloss gloss_list[] = {
    // articles and small words
    {"le", ""}, {"la", ""}, {"les", ""}, {"l", ""}, {"un", ""}, {"une", ""}, {"du", ""},
    {"des", ""}, {"d", ""}, {"notre", "our"}, {"nos", "our"}, {"et", "and"}, {"ou", "or"},
    {"on veut", "we want"}, {"nous voulons", "we want"}, {"nous souhaitons", "we want"},
    {"on souhaite", "we want"}, {"il faut", "we need"}, {"nous devons", "we need"},
    {"on doit", "we need"}, {"notre objectif est de", "our goal is"}, {"objectif", ""},
    {"plus de", "more"}, {"davantage de", "more"}, {"moins de", "fewer"}, {"d entre eux", "of them"},
    {"de #%", "by #"}, {"de # points", "by # points"}, {"de # pts", "by # pts"},
    {"d ici # mois", "within # months"}, {"d ici # ans", "within # years"},
    {"d ici # jours", "within # days"}, {"d ici # semaines", "within # weeks"},
    {"fois", "times"}, {"partenaires intégrateurs", "channel partners"},
    {"partenaires revendeurs", "channel partners"}, {"grande distribution", "retail"},
    {"marché belge", "in benelux"}, {"marché espagnol", "in spain"}, {"marché allemand", "in germany"},
    {"marché français", "in france"}, {"marché suisse", "in switzerland"},
    {"marché italien", "in italy"}, {"italie", "italy"}, {"comptes", "accounts"},
    {"nouveaux comptes", "new accounts"},
    {"en convertir #%", "convert # of them"}, {"en transformer #%", "convert # of them"},
    {"issues de", "from"}, {"issus de", "from"}, {"issues du", "from the"}, {"issus du", "from the"},
    {"depuis", "from"}, {"en opportunités", "into opportunities"}, {"en clients", "into customers"},
    {"en achat", "purchase"}, {"ce mois ci", "this month"}, {"vers", "to"},
    {"fiche produit", "product page"}, {"appli", "app"}, {"logos", "logos"},
    {"trafic", "traffic"}, {"trafic organique", "organic traffic"}, {"trafic du site", "website traffic"},
    {"rendez vous qualifiés", "meetings"}, {"pages vues", "page views"}, {"dsi", "cio"},
    {"marché", "market"}, {"exercice #", "fy #"}, {"d ici #", "by #"},
    {"d entre elles", "of them"}, {"parmi eux", "of them"},
    // numbers, scales and units
    {"deux", "two"}, {"trois", "three"}, {"quatre", "four"}, {"cinq", "five"}, {"six", "six"},
    {"sept", "seven"}, {"huit", "eight"}, {"neuf", "nine"}, {"dix", "ten"}, {"douze", "twelve"},
    {"vingt", "twenty"}, {"trente", "thirty"}, {"cent", "hundred"}, {"mille", "thousand"},
    {"k", "thousand"}, {"m", "million"}, {"md", "billion"}, {"mds", "billion"},
    {"millions", "million"}, {"million", "million"}, {"milliards", "billion"},
    {"pour cent", "percent"}, {"points de pourcentage", "percentage points"},
    {"points", "points"}, {"pts", "pts"}, {"euros", "eur"}, {"dollars", "usd"},
    // time
    {"d ici", "by"}, {"d ici à", "by"}, {"avant", "by"}, {"au plus tard", "by"},
    {"jusqu à", "until"}, {"en # mois", "within # months"}, {"en # jours", "within # days"},
    {"en # semaines", "within # weeks"}, {"en # ans", "within # years"},
    {"en # trimestres", "within # quarters"}, {"sous # mois", "within # months"},
    {"sous # jours", "within # days"}, {"sous # semaines", "within # weeks"},
    {"dans les # prochains mois", "within the next # months"},
    {"dans les # prochains jours", "within the next # days"},
    {"dans les # prochaines semaines", "within the next # weeks"},
    {"sur les # prochains mois", "over the next # months"},
    {"sur les # derniers mois", "per # months"},
    {"au cours des # prochains mois", "over the next # months"},
    {"au cours des prochains", "over the next"}, {"prochain", "next"}, {"prochaine", "next"},
    {"prochains", "next"}, {"prochaines", "next"},
    {"jour", "day"}, {"jours", "days"}, {"semaine", "week"}, {"semaines", "weeks"},
    {"mois", "month"}, {"trimestre", "quarter"}, {"trimestres", "quarters"}, {"an", "year"},
    {"ans", "years"}, {"année", "year"}, {"années", "years"}, {"exercice", "fiscal year"},
    {"semestre", "half year"}, {"premier semestre", "h 1"}, {"second semestre", "h 2"},
    {"deuxième semestre", "h 2"}, {"s1", "h 1"}, {"s2", "h 2"},
    {"t1", "q 1"}, {"t2", "q 2"}, {"t3", "q 3"}, {"t4", "q 4"},
    {"premier trimestre", "q 1"}, {"deuxième trimestre", "q 2"}, {"second trimestre", "q 2"},
    {"troisième trimestre", "q 3"}, {"quatrième trimestre", "q 4"},
    {"1er trimestre", "q 1"}, {"2e trimestre", "q 2"}, {"3e trimestre", "q 3"},
    {"4e trimestre", "q 4"}, {"2ème trimestre", "q 2"}, {"3ème trimestre", "q 3"},
    {"4ème trimestre", "q 4"}, {"1er semestre", "h 1"}, {"2e semestre", "h 2"},
    {"2ème semestre", "h 2"},
    {"cette année", "this year"}, {"ce mois", "this month"}, {"ce mois ci", "this month"},
    {"ce trimestre", "this quarter"}, {"cette semaine", "this week"},
    {"ce semestre", "this half year"}, {"cet exercice", "this fiscal year"},
    {"fin d année", "end of the year"}, {"la fin de l année", "the end of the year"},
    {"fin de l année", "end of the year"}, {"fin du trimestre", "end of the quarter"},
    {"fin du mois", "end of the month"}, {"fin du semestre", "end of the half year"},
    {"fin de l exercice", "end of the fiscal year"}, {"fin", "end of"},
    {"au", "in"}, {"aux", "in"}, {"en", "in"}, {"pendant", "during"}, {"durant", "during"},
    {"noël", "christmas"}, {"les fêtes", "holiday season"}, {"fêtes de fin d année", "holiday season"},
    {"soldes", "peak season"}, {"rentrée", "back to school"}, {"la rentrée", "back to school"},
    {"fête des mères", "mothers day"}, {"saint valentin", "valentines day"}, {"pâques", "easter"},
    {"janvier", "january"}, {"février", "february"}, {"mars", "march"}, {"avril", "april"},
    {"mai", "may"}, {"juin", "june"}, {"juillet", "july"}, {"août", "august"},
    {"septembre", "september"}, {"octobre", "october"}, {"novembre", "november"},
    {"décembre", "december"}, {"er", ""},
    {"par", "per"}, {"chaque", "every"}, {"mensuel", "monthly"}, {"mensuels", "monthly"},
    {"mensuelle", "monthly"}, {"mensuelles", "monthly"}, {"hebdomadaire", "weekly"},
    {"hebdomadaires", "weekly"}, {"annuel", "annual"}, {"annuelle", "annual"},
    {"quotidien", "daily"}, {"par rapport à l an dernier", "year on year"},
    {"par rapport à l année dernière", "year on year"}, {"vs n 1", "year on year"},
    {"sur un an", "year on year"}, {"en glissement annuel", "year on year"},
    // amounts and comparators
    {"de # à #", "from # to #"}, {"de # %", "by # %"}, {"à #", "to #"}, {"à", "to"},
    {"de", "of"}, {"inférieur à", "under"}, {"inférieure à", "under"}, {"sous les", "under"},
    {"en dessous de", "below"}, {"au dessous de", "below"}, {"moins de #", "under #"},
    {"au maximum", "at most"}, {"maximum", "max"}, {"max", "max"}, {"au plus", "at most"},
    {"supérieur à", "above"}, {"supérieure à", "above"}, {"au moins", "at least"},
    {"au dessus de", "above"}, {"minimum", "at least"}, {"plus de #", "more than #"},
    {"pas plus de", "no more than"}, {"sous", "under"}, {"avec", "with"}, {"pour", "for"},
    {"via", "via"}, {"grâce à", "via"}, {"sur", "on"}, {"dans", "in"}, {"chez", "among"},
    {"auprès des", "among"}, {"auprès de", "among"}, {"parmi les", "among"},
    {"hausse", "increase"}, {"augmentation", "increase"}, {"croissance", "growth"},
    {"progression", "growth"}, {"baisse", "reduction"}, {"réduction", "reduction"},
    {"diminution", "decrease"}, {"amélioration", "improvement"}, {"moitié", "half"},
    // metrics
    {"nouveaux clients", "new customers"}, {"nouveau client", "new customer"},
    {"clients", "customers"}, {"client", "customer"}, {"clients payants", "paying customers"},
    {"clients actifs", "active customers"}, {"base clients", "customer base"},
    {"nouveaux", "new"}, {"nouvelles", "new"}, {"nouveau", "new"}, {"nouvelle", "new"},
    {"chiffre d affaires", "revenue"}, {"ca", "revenue"}, {"revenus", "revenue"},
    {"ventes", "sales"}, {"vente", "sale"}, {"commandes", "orders"}, {"commande", "order"},
    {"achats", "purchases"}, {"contrats signés", "deals"}, {"contrats", "deals"},
    {"demandes de devis", "quote requests"}, {"demandes de démo", "demo requests"},
    {"demandes de démonstration", "demo requests"}, {"demandes de contact", "enquiries"},
    {"demandes", "enquiries"}, {"inscriptions", "registrations"}, {"inscrits", "sign ups"},
    {"abonnés", "followers"}, {"abonnés newsletter", "newsletter subscribers"},
    {"abonnés à la newsletter", "newsletter subscribers"}, {"portée", "reach"},
    {"couverture", "reach"}, {"impressions", "impressions"}, {"clics", "clicks"},
    {"taux de clic", "click through rate"}, {"taux de clics", "click through rate"},
    {"visiteurs", "visitors"}, {"visites", "visits"}, {"sessions", "sessions"},
    {"pages vues", "page views"}, {"vues", "views"}, {"taux d ouverture", "open rate"},
    {"taux de rebond", "bounce rate"}, {"avis", "reviews"}, {"avis clients", "reviews"},
    {"note moyenne", "average rating"}, {"taux de conversion", "conversion rate"},
    {"taux de transformation", "conversion rate"}, {"conversions", "conversions"},
    {"taux de closing", "win rate"}, {"taux de signature", "win rate"},
    {"part de marché", "market share"}, {"parts de marché", "market share"},
    {"fidélisation", "retention"}, {"taux de fidélisation", "retention"},
    {"taux de rétention", "retention"}, {"rétention", "retention"},
    {"taux de réachat", "repeat purchase rate"}, {"taux d attrition", "churn"},
    {"attrition", "churn"}, {"taux de churn", "churn"}, {"taux de résiliation", "churn"},
    {"notoriété", "brand awareness"}, {"notoriété de marque", "brand awareness"},
    {"notoriété assistée", "aided awareness"}, {"notoriété spontanée", "unaided awareness"},
    {"notoriété de la marque", "brand awareness"}, {"part de voix", "share of voice"},
    {"part de recherche", "share of search"}, {"marge brute", "gross margin"},
    {"opportunités", "opportunities"}, {"opportunités commerciales", "opportunities"},
    {"rendez vous", "meetings"}, {"rdv", "meetings"}, {"rendez vous qualifiés", "meetings"},
    {"coût par lead", "cost per lead"}, {"coût par client", "cost per customer"},
    {"coût d acquisition client", "customer acquisition cost"},
    {"coût d acquisition", "acquisition cost"}, {"coût par acquisition", "cost per acquisition"},
    {"coût par clic", "cost per click"}, {"coût par vente", "cost per sale"},
    {"panier moyen", "average order value"}, {"taux d engagement", "engagement rate"},
    {"interactions", "engagement"}, {"mentions", "mentions"}, {"téléchargements", "downloads"},
    {"essais", "trials"}, {"essais gratuits", "trials"}, {"adhérents", "members"},
    {"membres", "members"}, {"dons", "donations"}, {"donateurs", "donors"},
    {"candidatures", "applications"}, {"réservations", "bookings"}, {"participants", "attendees"},
    {"leads qualifiés", "qualified leads"}, {"valeur vie client", "lifetime value"},
    {"pipeline commercial", "pipeline"}, {"recommandations", "referrals"},
    // channels, audiences, places
    {"e mail", "email"}, {"emailing", "email"}, {"e mailing", "email"}, {"mail", "email"},
    {"salons", "events"}, {"salon", "events"}, {"salons professionnels", "events"},
    {"événements", "events"}, {"webinaires", "webinars"}, {"webinaire", "webinar"},
    {"parrainage", "referral"}, {"bouche à oreille", "word of mouth"},
    {"référencement naturel", "seo"}, {"référencement payant", "paid search"},
    {"boutique en ligne", "online store"}, {"site e commerce", "online store"},
    {"e shop", "online store"}, {"site", "website"}, {"site web", "website"},
    {"prospection", "outbound"}, {"affichage", "out of home"}, {"télévision", "tv"},
    {"marketplaces", "marketplaces"}, {"revendeurs", "partners"}, {"partenaires", "partners"},
    {"affiliation", "affiliate"}, {"presse", "print"}, {"courrier", "direct mail"},
    {"france", "france"}, {"belgique", "benelux"}, {"suisse", "switzerland"},
    {"allemagne", "germany"}, {"espagne", "spain"}, {"europe", "europe"},
    {"pme", "smes"}, {"eti", "mid market"}, {"grands comptes", "enterprise"},
    {"décideurs", "decision makers"}, {"dirigeants", "decision makers"},
    {"daf", "cfo"}, {"entreprises", "companies"}, {"page de destination", "landing page"},
    {"page tarifs", "pricing page"},
};

constexpr Gloss verb_list[] = {
    {"décupler", "tenfold"}, {"ajouter", "add"}, {"faire", "make"}, {"faire grimper", "increase"},
    {"installer", "install"}, {"ouvrir", "open"}, {"démarrer", "start"}, {"intégrer", "implement"},
    {"augmenter", "increase"}, {"accroître", "increase"}, {"développer", "grow"},
    {"améliorer", "improve"}, {"booster", "boost"}, {"faire croître", "grow"},
    {"faire passer", "increase"}, {"porter", "increase"}, {"réduire", "reduce"},
    {"diminuer", "reduce"}, {"baisser", "reduce"}, {"faire baisser", "reduce"},
    {"abaisser", "reduce"}, {"diviser par deux", "halve"}, {"doubler", "double"},
    {"tripler", "triple"}, {"multiplier par deux", "double"},
    {"multiplier par 2", "double"}, {"multiplier par trois", "triple"},
    {"multiplier par 3", "triple"}, {"multiplier par dix", "tenfold"},
    {"multiplier par 10", "tenfold"}, {"atteindre", "reach"},
    {"générer", "generate"}, {"gagner", "win"}, {"obtenir", "obtain"}, {"signer", "sign"},
    {"décrocher", "land"}, {"acquérir", "acquire"}, {"conquérir", "win"}, {"recruter", "recruit"},
    {"convertir", "convert"}, {"transformer", "convert"}, {"collecter", "collect"},
    {"réaliser", "achieve"}, {"maintenir", "keep"}, {"garder", "keep"}, {"rester", "stay"},
    {"contenir", "keep"}, {"lancer", "launch"}, {"publier", "publish"}, {"poster", "post"},
    {"organiser", "organise"}, {"créer", "create"}, {"envoyer", "send"}, {"refondre", "redesign"},
    {"mettre en place", "set up"}, {"déployer", "roll out"}, {"tester", "test"},
    {"tourner", "film"}, {"rédiger", "write"}, {"écrire", "write"}, {"produire", "produce"},
    {"refaire", "rebuild"}, {"implémenter", "implement"}, {"optimiser", "optimise"},
    {"automatiser", "automate"}, {"former", "train"}, {"embaucher", "hire"},
    {"participer à", "attend"}, {"exposer", "exhibit"}, {"sponsoriser", "sponsor"},
    {"animer", "host"}, {"concevoir", "design"}, {"mettre à jour", "update"},
    {"traduire", "translate"}, {"migrer", "migrate"}, {"intégrer", "implement"},
    {"suivre", "track"}, {"mesurer", "measure"}, {"surveiller", "monitor"},
    {"piloter", "monitor"}, {"devenir", "become"}, {"être", "be"}, {"s imposer", "establish"},
    {"renforcer", "strengthen"}, {"conquérir le", "enter"}, {"se positionner", "position"},
    {"développer notre présence", "expand"},
};

constexpr std::string_view hints_list[] = {
    "S: aucun indicateur nommé ; dites ce qui sera mesuré, par exemple \"leads qualifiés\", \"clients\" ou \"chiffre d'affaires\"",
    "S: {0} : d'où ou pour qui ? nommez un canal (\"via Google Ads\"), un segment (\"auprès des PME\") ou un produit",
    "M: un nombre comme 1,500 vaut 1500 en anglais et 1,5 en français, il n'a donc pas été lu ; écrivez 1500 ou 1,5",
    "M: aucun chiffre ; ajoutez une cible comme \"30 leads par mois\" ou \"de 25 %\"",
    "A: impossible à juger sans cible chiffrée",
    "A: {0} fois la valeur actuelle ou plus, c'est un pari, pas un plan ; visez moins de {0} fois la valeur actuelle",
    "A: un taux de 100 % ou plus est impossible ; visez moins de 100 %",
    "A: une baisse aussi forte et aussi rapide équivaut à {0} de croissance par mois, au-delà des {1} par mois atteignables ; visez une baisse moindre ou donnez-vous plus de temps",
    "A: il faut {0} de croissance par mois, au-delà des {1} par mois atteignables ; baissez la cible ou donnez-vous plus de temps",
    "A: l'ampleur du saut est inconnue ; donnez la valeur actuelle comme argument baseline",
    "A: la valeur de départ atteint déjà la cible ; fixez-en une au-delà de la valeur actuelle",
    "R: aucun résultat business ; mesurez des leads qualifiés, du pipeline, des clients ou du chiffre d'affaires",
    "R: {0} seul est une activité, pas un résultat business ; reliez-le à des leads qualifiés, des clients ou du chiffre d'affaires, par exemple \"et en convertir 10 % en clients\"",
    "T: une date comme 03/04/2026 peut être le 3 avril ou le 4 mars, elle n'a donc pas été lue ; écrivez 3 avril 2026 ou 2026-04-03",
    "T: un rythme par {0} n'a pas de fin ; ajoutez une échéance comme \"en 3 mois\" ou \"d'ici le 31 mars\"",
    "T: aucune échéance ; ajoutez-en une comme \"en 3 mois\" ou \"d'ici le 31 mars\"",
};
static_assert(std::size(hints_list) == static_cast<std::size_t>(Hint::count));

constexpr std::string_view period_names_list[] = {"jour", "semaine", "mois", "trimestre", "an"};

// OBJECTIVECHECK's reasons, in the order of Reason.
constexpr std::string_view check_reasons_list[] = {
    "jour {0} sur {1} ; à juger à partir du jour {2}, une campagne a besoin d'environ une semaine de données avant que ses chiffres aient un sens", // too_early_of
    "jour {0} ; à juger à partir du jour {1}, une campagne a besoin d'environ une semaine de données avant que ses chiffres aient un sens", // too_early
    "{0} {1} à ce jour ; {3} attendus au {2} pour {4} par {5}", // total_progress_rate
    "{0} {1} à ce jour ; {3} attendus au {2} sur la route de {4}", // total_progress
    "{0} sur {1} {2} au jour {3}", // total_achieved
    " ({0} du rythme prévu) sur toute la période", // pace_whole
    " ({0} du rythme prévu)", // pace
    "; la période s'est terminée au jour {0}", // ended
    "; si peu d'événements que le hasard pourrait expliquer l'écart", // chance
    "{0} {1} en {2} jours, {3} par {4}, face à une trajectoire de {5} à {6} par {4} qui attend {7} à ce stade", // flow_progress
    "{0} {1} en {2} jours, face à une trajectoire de {3} à {4} par {5} qui attend {6} à ce stade", // flow_progress_start
    "{0} {1} par {2} en moyenne sur {3} jours, au niveau de la cible de {4} par {2}", // flow_achieved
    "; la période s'est terminée au jour {0} avec une moyenne sous le niveau cible ; vérifiez le chiffre du dernier {1}", // flow_ended_below
    "; la période s'est terminée au jour {0} avec une moyenne au-dessus du niveau cible ; vérifiez le chiffre du dernier {1}", // flow_ended_above
    "{0} face à la cible de {1}", // level_against
    ", atteint", // met
    ", pas encore atteint ; donnez la valeur de départ (baseline) pour mesurer la progression", // not_met_give_baseline
    ", {0} du chemin au jour {1} sur {2} ({3} du rythme prévu)", // level_progress
    "{0}{1} face à un plafond de {2}", // cap_against
    "{0}{1} face à un plancher de {2}", // floor_against
    ", tenu jusqu'ici", // held_so_far
    ", tenu jusqu'au bout", // held_to_end
    ", au-dessus au jour {0} ; les premiers chiffres varient, à juger à partir du jour {1}", // above_it_early
    ", en dessous au jour {0} ; les premiers chiffres varient, à juger à partir du jour {1}", // below_it_early
    ", dépassé", // broken
    ", non tenu", // not_held
    "{0} {1} en {2} jours ; un niveau par {3} se juge à partir du jour {4}", // flow_keep_early
    " par {0} en moyenne", // per_on_average
    "; aucun {0} encore pour {1} dépensés, au-dessus du plafond de {2}", // cost_none_yet
    "; {0} {1} au-dessus du plafond de {2}", // cost_above
    "; {0} {1} dans le plafond de {2}", // cost_within
    "; rien à convertir pour l'instant", // nothing_to_convert
    "; conversion {0} ({1} à {2}) sous la cible de {3}", // conversion_below
    "; conversion {0} au-dessus de la cible de {1}", // conversion_above
    "; trop tôt pour juger la conversion : {0} ({1} à {2}) inclut encore la cible de {3}", // conversion_unclear
    "{0} {1} donnerait {2} de {3}, qui ne peut dépasser 100 % ; saisissez {4} % comme {5} ou tapez le signe %", // impossible_share
    "une variation ({0}) a besoin de la valeur de départ : donnez l'argument baseline (une cellule vide vaut 0, et une variation à partir de 0 ne veut rien dire)", // needs_baseline
    "{0} points de pourcentage", // points
    "l'échéance est un événement sans date fixe (comme le Prime Day) ; écrivez sa date, par exemple \"d'ici le 15 juillet\", et donnez la date de début", // unscheduled_event
    "l'échéance est une date du calendrier : donnez l'argument start_date (le jour où l'objectif a commencé) pour mesurer le rythme, ou indiquez une durée comme \"en 90 jours\"", // needs_start_date
    "aucun indicateur nommé ; dites ce qui sera mesuré, par exemple \"leads qualifiés\", \"clients\" ou \"chiffre d'affaires\"", // no_metric
    "une valeur réelle de 0 (ou une cellule vide) ne peut montrer ni une baisse ni un plafond tenu : saisissez la valeur actuelle", // zero_actual
    "une baisse de 100 % ou plus ne laisse rien à mesurer", // cut_everything
    "un nombre comme 1,500 vaut 1,5 ou 1500, il n'a donc pas été lu : écrivez 1500 ou 1,5", // ambiguous_number
    "aucun chiffre ; ajoutez une cible comme \"30 leads par mois\" ou \"de 25 %\"", // no_number
    "une cible de 0 n'engage à rien : dites combien", // zero_target
    "un volume à faire baisser se juge sur son niveau par période : donnez en baseline le niveau par mois avant l'objectif", // count_down_needs_baseline
    "{0}, la cible est {1}", // achieved_no_frame
    "une date comme 03/04/2026 peut être le 3 avril ou le 4 mars, elle n'a donc pas été lue : écrivez 3 avril 2026", // ambiguous_date
    "aucune échéance ; ajoutez-en une comme \"en 3 mois\" ou \"d'ici le 31 mars\"", // no_deadline
    "l'échéance précède la date de début : vérifiez start_date ou l'année de l'échéance", // deadline_before_start
    "jour {0} sur {1}", // day_of_frame
    "jour {0}", // day_only
    "{0} {1} à ce jour", // so_far
    "la période commence aujourd'hui ; à juger à partir du jour {0}, une campagne a besoin d'environ une semaine de données avant que ses chiffres aient un sens", // starts_today
};
static_assert(std::size(check_reasons_list) == static_cast<std::size_t>(Reason::count));

// The lists as the library keeps them: packed, without a relocation per word (packed_texts.hpp).
constexpr auto markers = pack<chars_of(markers_list)>(markers_list);
constexpr auto hints = pack<chars_of(hints_list)>(hints_list);
constexpr auto period_names = pack<chars_of(period_names_list)>(period_names_list);
constexpr auto check_reasons = pack<chars_of(check_reasons_list)>(check_reasons_list);
constexpr auto glosses = pack<chars_of(gloss_list)>(gloss_list);
constexpr auto verbs = pack<chars_of(verb_list)>(verb_list);

constexpr LanguageTables tables{
    .language = Language::french,
    .markers = markers.table(),
    .glosses = GlossTable(glosses.table()),
    .verbs = GlossTable(verbs.table()),
    .hints = hints.table(),
    .period_names = period_names.table(),
    .check_reasons = check_reasons.table(),
    .thousands_dot = true,
    .day_first = true,
    .verb_last = false,
};

} // namespace

const LanguageTables& french_tables() { return tables; }

} // namespace goalpost::detail
