// Catalogue entries: reading a marketing objective written in English, German, French or Spanish.
//
// The objective's language is told from its text; SMARTGAPS answers in it. Field names, tiers and
// statement kinds are stable English keywords in every language, because formulas compare them.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter objective_parameter{
    "objective", ArgumentKind::text, false,
    {.en = "The objective as written, in English, German, French or Spanish, e.g. \"Generate 30 "
           "leads per month from Google Ads\".",
     .de = "Das Ziel im Wortlaut, auf Deutsch, Englisch, Französisch oder Spanisch, z. B. \"30 "
           "Leads pro Monat über Google Ads generieren\".",
     .fr = "L'objectif tel qu'il est rédigé, en français, anglais, allemand ou espagnol, par "
           "exemple \"Générer 30 leads par mois via Google Ads\".",
     .es = "El objetivo tal como está redactado, en español, inglés, alemán o francés, p. ej. "
           "\"Generar 30 leads al mes en Google Ads\"."}};

inline constexpr Parameter baseline_parameter{
    "baseline", ArgumentKind::number, true,
    {.en = "Optional: today's value of the objective's metric, so that the size of the jump can "
           "be judged.",
     .de = "Optional: der heutige Wert der Kennzahl des Ziels, damit sich die Größe des Sprungs "
           "beurteilen lässt.",
     .fr = "Facultatif : la valeur actuelle de l'indicateur de l'objectif, pour juger de "
           "l'ampleur du saut.",
     .es = "Opcional: el valor actual de la métrica del objetivo, para poder valorar el tamaño "
           "del salto."}};

inline constexpr std::array objective_functions{
    Function{
        .name = "SMARTSCORE",
        .parameters = {objective_parameter, baseline_parameter},
        .summary = {.en = "How SMART an objective is: 0 to 5, one point each for Specific, "
                          "Measurable, Achievable, Relevant and Time-bound.",
                    .de = "Wie SMART ein Ziel ist: 0 bis 5, je ein Punkt für Specific "
                          "(spezifisch), Measurable (messbar), Achievable (erreichbar), Relevant "
                          "(relevant) und Time-bound (terminiert).",
                    .fr = "À quel point un objectif est SMART : de 0 à 5, un point pour chaque "
                          "critère, Specific (spécifique), Measurable (mesurable), Achievable "
                          "(atteignable), Relevant (pertinent) et Time-bound (temporellement "
                          "défini).",
                    .es = "Cuán SMART es un objetivo: de 0 a 5, un punto por cada criterio, "
                          "Specific (específico), Measurable (medible), Achievable (alcanzable), "
                          "Relevant (relevante) y Time-bound (con plazo)."},
        .details = {.en = "Scores the objective by the written rubric of docs/smart-rubric.md: a "
                          "named metric with a channel, segment or product, or a company-wide one "
                          "such as MRR or churn (S); a number (M); "
                          "no implausible jump (A); a business-level outcome such as qualified "
                          "leads, customers or revenue (R); a deadline (T). SMARTGAPS says what "
                          "is missing. An empty objective is #N/A.",
                    .de = "Bewertet das Ziel nach dem schriftlichen Bewertungsraster in "
                          "docs/smart-rubric.md: eine benannte Kennzahl mit Kanal, Segment oder "
                          "Produkt, oder eine unternehmensweite wie MRR oder Churn (S); eine Zahl "
                          "(M); kein unplausibler Sprung (A); ein Ergebnis "
                          "auf Geschäftsebene wie qualifizierte Leads, Kunden oder Umsatz (R); "
                          "eine Frist (T). SMARTGAPS sagt, was fehlt. Ein leeres Ziel ergibt "
                          "#N/A.",
                    .fr = "Note l'objectif selon la grille écrite de docs/smart-rubric.md : un "
                          "indicateur nommé avec un canal, un segment ou un produit, ou un "
                          "indicateur d'entreprise comme le MRR ou le churn (S) ; un "
                          "chiffre (M) ; pas de saut invraisemblable (A) ; un résultat business, "
                          "comme des leads qualifiés, des clients ou du chiffre d'affaires (R) ; "
                          "une échéance (T). SMARTGAPS indique ce qui manque. Un objectif vide "
                          "donne #N/A.",
                    .es = "Puntúa el objetivo según la rúbrica escrita de docs/smart-rubric.md: "
                          "una métrica concreta con canal, segmento o producto, o una de toda la "
                          "empresa como el MRR o el churn (S); un número "
                          "(M); ningún salto inverosímil (A); un resultado de negocio, como leads "
                          "cualificados, clientes o ingresos (R); una fecha límite (T). SMARTGAPS "
                          "dice qué falta. Un objetivo vacío da #N/A."},
        .example = "=SMARTSCORE(\"Get more leads\")",
        .example_result = "0",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "SMARTMET",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"criterion", ArgumentKind::text, false,
                        {.en = "\"S\", \"M\", \"A\", \"R\" or \"T\", or the full word in English, "
                               "German, French or Spanish, such as \"Relevant\", \"terminiert\" or "
                               "\"medible\"; any case.",
                         .de = "\"S\", \"M\", \"A\", \"R\" oder \"T\" oder das ganze Wort, etwa "
                               "\"spezifisch\", \"messbar\", \"attraktiv\", \"realistisch\", "
                               "\"terminiert\" (auch englisch, französisch, spanisch); Groß- und "
                               "Kleinschreibung egal.",
                         .fr = "\"S\", \"M\", \"A\", \"R\" ou \"T\", ou le mot complet, comme "
                               "\"spécifique\", \"mesurable\", \"atteignable\", \"pertinent\", "
                               "\"temporel\" (ou en anglais, allemand, espagnol) ; majuscules ou "
                               "minuscules indifférentes.",
                         .es = "\"S\", \"M\", \"A\", \"R\" o \"T\", o la palabra completa, como "
                               "\"específico\", \"medible\", \"alcanzable\", \"relevante\", "
                               "\"temporal\" (o en inglés, alemán, francés); da igual en mayúsculas "
                               "o minúsculas."}},
                       baseline_parameter},
        .summary = {.en = "Whether an objective meets one SMART criterion: TRUE (1) or FALSE (0).",
                    .de = "Ob ein Ziel ein SMART-Kriterium erfüllt: WAHR (1) oder FALSCH (0).",
                    .fr = "Si un objectif remplit un critère SMART : VRAI (1) ou FAUX (0).",
                    .es = "Si un objetivo cumple un criterio SMART: VERDADERO (1) o FALSO (0)."},
        .details = {.en = "The same rubric as SMARTSCORE, one criterion at a time, for IF(), "
                          "filters and conditional formatting. Calc shows the result as 1 or 0; "
                          "format the cell as Boolean (format code BOOLEAN) to read TRUE or FALSE. "
                          "An unknown criterion is Err:502.",
                    .de = "Dasselbe Bewertungsraster wie SMARTSCORE, ein Kriterium nach dem "
                          "anderen, für WENN(), Filter und bedingte Formatierung. Calc zeigt das "
                          "Ergebnis als 1 oder 0; formatieren Sie die Zelle als Wahrheitswert "
                          "(Formatcode BOOLEAN), um WAHR oder FALSCH zu lesen. Ein unbekanntes "
                          "Kriterium ergibt Err:502.",
                    .fr = "La même grille que SMARTSCORE, un critère à la fois, pour SI(), les "
                          "filtres et la mise en forme conditionnelle. Calc affiche le résultat "
                          "sous la forme 1 ou 0 ; mettez la cellule au format Valeur booléenne "
                          "(code de format BOOLEAN) pour lire VRAI ou FAUX. Un critère inconnu "
                          "donne Err:502.",
                    .es = "La misma rúbrica que SMARTSCORE, criterio a criterio, para SI(), "
                          "filtros y formato condicional. Calc muestra el resultado como 1 o 0; "
                          "aplica a la celda el formato Valor booleano (código de formato "
                          "BOOLEAN) para leer VERDADERO o FALSO. Un criterio desconocido da "
                          "Err:502."},
        .example = "=SMARTMET(\"Win 5 customers by the end of Q4\";\"T\")",
        .example_result = "1 (TRUE)",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "SMARTGAPS",
        .result = ResultKind::value,
        .parameters = {objective_parameter, baseline_parameter},
        .summary = {.en = "What an objective is missing to be SMART, and how to fix it; empty "
                          "when nothing is.",
                    .de = "Was einem Ziel fehlt, um SMART zu sein, und wie man es behebt; leer, "
                          "wenn nichts fehlt.",
                    .fr = "Ce qui manque à un objectif pour être SMART, et comment y remédier ; "
                          "vide s'il ne manque rien.",
                    .es = "Lo que le falta a un objetivo para ser SMART y cómo corregirlo; vacío "
                          "si no le falta nada."},
        .details = {.en = "One entry per unmet criterion, joined by \"; \", each starting with its "
                          "letter, e.g. T: no deadline, add one such as \"within 3 months\" or "
                          "\"by 31 March\". The hints come in the objective's language.",
                    .de = "Ein Eintrag pro nicht erfülltem Kriterium, getrennt durch \"; \", "
                          "jeder beginnt mit seinem Buchstaben, z. B. T: keine Frist; ergänzen "
                          "Sie eine wie \"innerhalb von 3 Monaten\". Die Hinweise kommen in der "
                          "Sprache des Ziels.",
                    .fr = "Une entrée par critère non rempli, séparées par \"; \", chacune "
                          "commençant par sa lettre, par exemple T: aucune échéance ; ajoutez-en "
                          "une comme \"en 3 mois\". Les conseils sont dans la langue de "
                          "l'objectif.",
                    .es = "Una entrada por cada criterio no cumplido, unidas por \"; \", cada una "
                          "empezando por su letra, p. ej. T: no hay fecha límite; añade una como "
                          "\"en 3 meses\". Las indicaciones están en el idioma del objetivo."},
        .example = "=SMARTGAPS(\"Increase engagement by 25% within 6 months\")",
        .example_result = "S: engagement from where or for whom? ...; R: engagement alone is "
                          "activity, not a business outcome; ...",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "OBJECTIVEFIELD",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"field", ArgumentKind::text, false,
                        {.en = "One of: metric, tier, target, unit, direction, change, "
                               "rate_period, channel, segment, deadline_days, deadline, "
                               "cost_metric, cost_cap, conversion_target.",
                         .de = "Eines von: metric, tier, target, unit, direction, change, "
                               "rate_period, channel, segment, deadline_days, deadline, "
                               "cost_metric, cost_cap, conversion_target.",
                         .fr = "L'un de : metric, tier, target, unit, direction, change, "
                               "rate_period, channel, segment, deadline_days, deadline, "
                               "cost_metric, cost_cap, conversion_target.",
                         .es = "Uno de: metric, tier, target, unit, direction, change, "
                               "rate_period, channel, segment, deadline_days, deadline, "
                               "cost_metric, cost_cap, conversion_target."}},
                       {"start_date", ArgumentKind::number, true,
                        {.en = "Optional: the date the objective starts, for the deadline of "
                               "relative time frames such as \"within 90 days\".",
                         .de = "Optional: das Startdatum des Ziels, für die Frist bei relativen "
                               "Zeitangaben wie \"within 90 days\".",
                         .fr = "Facultatif : la date de début de l'objectif, pour l'échéance des "
                               "délais relatifs comme \"within 90 days\".",
                         .es = "Opcional: la fecha de inicio del objetivo, para la fecha límite "
                               "de plazos relativos como \"within 90 days\"."}}},
        .summary = {.en = "One field read from an objective: metric, target, channel, deadline, "
                          "cost cap and more; #N/A when the objective does not state it.",
                    .de = "Ein aus einem Ziel gelesenes Feld: Kennzahl, Zielwert, Kanal, Frist, "
                          "Kostenobergrenze und mehr; #N/A, wenn das Ziel es nicht angibt.",
                    .fr = "Un champ lu dans un objectif : indicateur, cible, canal, échéance, "
                          "plafond de coût, etc. ; #N/A si l'objectif ne le précise pas.",
                    .es = "Un campo leído de un objetivo: métrica, meta, canal, fecha límite, "
                          "tope de coste y más; #N/A si el objetivo no lo indica."},
        .details = {.en = "Pulls what an objective commits to out of the sentence: \"Generate 30 "
                          "leads per month from Google Ads at under $20 CPL\" has metric leads, "
                          "target 30, rate_period month, channel google ads, cost_metric cpl, "
                          "cost_cap 20. deadline is a date (format the cell as a date); relative "
                          "time frames need start_date. An unknown field is Err:502.",
                    .de = "Holt aus dem Satz heraus, worauf sich ein Ziel festlegt: \"Generate 30 "
                          "leads per month from Google Ads at under $20 CPL\" hat metric leads, "
                          "target 30, rate_period month, channel google ads, cost_metric cpl, "
                          "cost_cap 20. deadline ist ein Datum (Zelle als Datum formatieren); "
                          "relative Zeitangaben brauchen start_date. Ein unbekanntes Feld ergibt "
                          "Err:502.",
                    .fr = "Extrait de la phrase ce à quoi l'objectif s'engage : \"Generate 30 "
                          "leads per month from Google Ads at under $20 CPL\" donne metric leads, "
                          "target 30, rate_period month, channel google ads, cost_metric cpl, "
                          "cost_cap 20. deadline est une date (mettez la cellule au format date) ; "
                          "les délais relatifs demandent start_date. Un champ inconnu donne "
                          "Err:502.",
                    .es = "Extrae de la frase aquello a lo que se compromete el objetivo: "
                          "\"Generate 30 leads per month from Google Ads at under $20 CPL\" tiene "
                          "metric leads, target 30, rate_period month, channel google ads, "
                          "cost_metric cpl, cost_cap 20. deadline es una fecha (aplica a la celda "
                          "formato de fecha); los plazos relativos necesitan start_date. Un campo "
                          "desconocido da Err:502."},
        .example = "=OBJECTIVEFIELD(\"Win 5 customers within 90 days\";\"deadline_days\")",
        .example_result = "90",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "METRICTIER",
        .result = ResultKind::value,
        .parameters = {{"metric", ArgumentKind::text, false,
                        {.en = "A metric name, e.g. \"MQLs\", \"impressions\", \"revenue\".",
                         .de = "Der Name einer Kennzahl, auf Deutsch oder Englisch, z. B. \"MQLs\", "
                               "\"impressions\", \"revenue\".",
                         .fr = "Le nom d'un indicateur, en français ou en anglais, par exemple \"MQLs\", "
                               "\"impressions\", \"revenue\".",
                         .es = "El nombre de una métrica, en español o en inglés, p. ej. \"MQLs\", "
                               "\"impressions\", \"revenue\"."}}},
        .summary = {.en = "The tier of a marketing metric: awareness, engagement, lead, pipeline "
                          "or revenue; #N/A when unknown.",
                    .de = "Die Ebene einer Marketing-Kennzahl: awareness, engagement, lead, "
                          "pipeline oder revenue; #N/A, wenn unbekannt.",
                    .fr = "Le niveau d'un indicateur marketing : awareness, engagement, lead, "
                          "pipeline ou revenue ; #N/A s'il est inconnu.",
                    .es = "El nivel de una métrica de marketing: awareness, engagement, lead, "
                          "pipeline o revenue; #N/A si es desconocida."},
        .details = {.en = "Awareness and engagement metrics (impressions, followers, clicks, open "
                          "rate) measure activity; lead metrics raise a hand; pipeline and revenue "
                          "metrics (qualified leads, opportunities, customers, revenue, CAC) are "
                          "what a business scorecard tracks.",
                    .de = "Awareness- und Engagement-Kennzahlen (Impressionen, Follower, Klicks, "
                          "Öffnungsrate) messen Aktivität; Lead-Kennzahlen zeigen, dass jemand "
                          "die Hand hebt; Pipeline- und Umsatzkennzahlen (qualifizierte Leads, "
                          "Opportunities, Kunden, Umsatz, CAC) sind das, was eine "
                          "Business-Scorecard verfolgt.",
                    .fr = "Les indicateurs de notoriété et d'engagement (impressions, abonnés, "
                          "clics, taux d'ouverture) mesurent l'activité ; les indicateurs de lead "
                          "montrent qu'un contact lève la main ; les indicateurs de pipeline et de "
                          "chiffre d'affaires (leads qualifiés, opportunités, clients, chiffre "
                          "d'affaires, CAC) sont ceux que suit un tableau de bord business.",
                    .es = "Las métricas de awareness y engagement (impresiones, seguidores, "
                          "clics, tasa de apertura) miden actividad; las de lead indican que "
                          "alguien levanta la mano; las de pipeline e ingresos (leads "
                          "cualificados, oportunidades, clientes, ingresos, CAC) son las que "
                          "sigue un cuadro de mando de negocio."},
        .example = "=METRICTIER(\"MQLs\")",
        .example_result = "pipeline",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
};

} // namespace goalpost::catalogue
