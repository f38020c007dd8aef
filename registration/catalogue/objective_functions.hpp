// Catalogue entries: reading a marketing objective written in plain English.
//
// The objectives, criterion words, field names and the texts these functions return are English
// in every language, because the parser reads English; the German, French and Spanish help says
// so where a user types or reads one of them.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter objective_parameter{
    "objective", ArgumentKind::text, false,
    {.en = "The objective as written, e.g. \"Generate 30 leads per month from Google Ads\".",
     .de = "Das Ziel im Wortlaut, auf Englisch, z. B. \"Generate 30 leads per month from Google "
           "Ads\".",
     .fr = "L'objectif tel qu'il est rédigé, en anglais, par exemple \"Generate 30 leads per "
           "month from Google Ads\".",
     .es = "El objetivo tal como está redactado, en inglés, p. ej. \"Generate 30 leads per month "
           "from Google Ads\"."}};

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

inline constexpr Parameter elapsed_days_parameter{
    "elapsed_days", ArgumentKind::number, false,
    {.en = "Days since the objective's time frame started.",
     .de = "Tage seit Beginn des Zeitraums des Ziels.",
     .fr = "Jours écoulés depuis le début du délai de l'objectif.",
     .es = "Días transcurridos desde el inicio del plazo del objetivo."}};

inline constexpr Parameter check_start_date_parameter{
    "start_date", ArgumentKind::number, true,
    {.en = "Optional: the date the objective started (elapsed_days count from it), so that "
           "calendar deadlines such as \"in Q3\", \"by Black Friday\" or \"by 31 December\" "
           "can be paced.",
     .de = "Optional: das Startdatum des Ziels (elapsed_days zählt ab dort), damit Fristen im "
           "Kalender wie \"in Q3\", \"by Black Friday\" oder \"by 31 December\" bemessen "
           "werden können.",
     .fr = "Facultatif : la date de début de l'objectif (elapsed_days compte à partir d'elle), "
           "pour rythmer les échéances du calendrier comme \"in Q3\", \"by Black Friday\" ou "
           "\"by 31 December\".",
     .es = "Opcional: la fecha de inicio del objetivo (elapsed_days cuenta desde ella), para "
           "medir el ritmo de plazos de calendario como \"in Q3\", \"by Black Friday\" o \"by "
           "31 December\"."}};

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
    },
    Function{
        .name = "SMARTMET",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"criterion", ArgumentKind::text, false,
                        {.en = "\"S\", \"M\", \"A\", \"R\" or \"T\", or the full word such as "
                               "\"Relevant\"; any case.",
                         .de = "\"S\", \"M\", \"A\", \"R\" oder \"T\" oder das ganze englische "
                               "Wort, etwa \"Relevant\"; Groß- und Kleinschreibung egal.",
                         .fr = "\"S\", \"M\", \"A\", \"R\" ou \"T\", ou le mot anglais complet, "
                               "comme \"Relevant\" ; majuscules ou minuscules indifférentes.",
                         .es = "\"S\", \"M\", \"A\", \"R\" o \"T\", o la palabra inglesa "
                               "completa, como \"Relevant\"; da igual en mayúsculas o "
                               "minúsculas."}},
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
                          "\"by 31 March\".",
                    .de = "Ein Eintrag pro nicht erfülltem Kriterium, getrennt durch \"; \", "
                          "jeder beginnt mit seinem Buchstaben, z. B. T: no deadline, add one "
                          "such as \"within 3 months\" or \"by 31 March\". Die Hinweise sind "
                          "englisch, wie die Ziele, die die Funktion liest.",
                    .fr = "Une entrée par critère non rempli, séparées par \"; \", chacune "
                          "commençant par sa lettre, par exemple T: no deadline, add one such as "
                          "\"within 3 months\" or \"by 31 March\". Les conseils sont en anglais, "
                          "comme les objectifs que la fonction lit.",
                    .es = "Una entrada por cada criterio no cumplido, unidas por \"; \", cada una "
                          "empezando por su letra, p. ej. T: no deadline, add one such as "
                          "\"within 3 months\" or \"by 31 March\". Las indicaciones están en "
                          "inglés, como los objetivos que lee la función."},
        .example = "=SMARTGAPS(\"Increase engagement by 25% within 6 months\")",
        .example_result = "S: engagement from where or for whom? ...; R: engagement alone is "
                          "activity, not a business outcome; ...",
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
    },
    Function{
        .name = "METRICTIER",
        .result = ResultKind::value,
        .parameters = {{"metric", ArgumentKind::text, false,
                        {.en = "A metric name, e.g. \"MQLs\", \"impressions\", \"revenue\".",
                         .de = "Der Name einer Kennzahl, auf Englisch, z. B. \"MQLs\", "
                               "\"impressions\", \"revenue\".",
                         .fr = "Le nom d'un indicateur, en anglais, par exemple \"MQLs\", "
                               "\"impressions\", \"revenue\".",
                         .es = "El nombre de una métrica, en inglés, p. ej. \"MQLs\", "
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
    },
    Function{
        .name = "OBJECTIVECHECK",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"actual", ArgumentKind::amount, false,
                        {.en = "For a count (leads, demos, revenue) the running total since the "
                               "time frame started; for a rate, ratio, cost or level (CPA, "
                               "churn, MRR, followers) today's value; percentages as fractions "
                               "(2.5% is 0.025).",
                         .de = "Bei einer Anzahl (Leads, Demos, Umsatz) die laufende Summe seit "
                               "Beginn des Zeitraums; bei einer Rate, einem Verhältnis, Kosten oder "
                               "einem Bestand (CPA, Churn, MRR, Follower) der heutige Wert; Prozente "
                               "als Anteile (2.5 % ist 0.025).",
                         .fr = "Pour un comptage (leads, démos, chiffre d'affaires), le cumul depuis "
                               "le début du délai ; pour un taux, un ratio, un coût ou un niveau "
                               "(CPA, churn, MRR, abonnés), la valeur actuelle ; les pourcentages "
                               "en fractions (2.5 % s'écrit 0.025).",
                         .es = "Para un recuento (leads, demos, ingresos), el total acumulado desde "
                               "el inicio del plazo; para una tasa, un ratio, un coste o un nivel "
                               "(CPA, churn, MRR, seguidores), el valor actual; porcentajes como "
                               "fracciones (2.5 % es 0.025)."}},
                       elapsed_days_parameter,
                       {"spend", ArgumentKind::amount, true,
                        {.en = "Optional: money spent so far, to hold the cost per lead or "
                               "customer against the objective's cost cap.",
                         .de = "Optional: das bisher ausgegebene Budget, um die Kosten pro Lead "
                               "oder Kunde an der Kostenobergrenze des Ziels zu messen.",
                         .fr = "Facultatif : montant dépensé jusqu'ici, pour confronter le coût "
                               "par lead ou par client au plafond de coût de l'objectif.",
                         .es = "Opcional: importe invertido hasta ahora, para contrastar el coste "
                               "por lead o por cliente con el tope de coste del objetivo."}},
                       {"conversions", ArgumentKind::amount, true,
                        {.en = "Optional: how many of `actual` converted, for the objective's "
                               "conversion target.",
                         .de = "Optional: wie viele von `actual` konvertiert haben, für die "
                               "Conversion-Vorgabe des Ziels.",
                         .fr = "Facultatif : combien de `actual` ont converti, pour la cible de "
                               "conversion de l'objectif.",
                         .es = "Opcional: cuántos de `actual` convirtieron, para la meta de "
                               "conversión del objetivo."}},
                       {"baseline", ArgumentKind::number, true,
                        {.en = "Optional: the metric's value before the objective started, for a "
                               "count its level per month (or per the objective's period); "
                               "needed for relative targets such as \"by 25%\" or \"by 3 "
                               "percentage points\". A blank cell reads as 0 and is refused.",
                         .de = "Optional: der Wert der Kennzahl vor Beginn des Ziels, bei einer "
                               "Anzahl ihr Niveau pro Monat (oder pro Zeitraum des Ziels); nötig "
                               "für relative Zielwerte wie \"by 25%\" oder \"by 3 percentage "
                               "points\". Eine leere Zelle zählt als 0 und wird abgelehnt.",
                         .fr = "Facultatif : la valeur de l'indicateur avant le début de "
                               "l'objectif, pour un comptage son niveau par mois (ou par période "
                               "de l'objectif) ; nécessaire pour les cibles relatives comme \"by "
                               "25%\" ou \"by 3 percentage points\". Une cellule vide vaut 0 et "
                               "est refusée.",
                         .es = "Opcional: el valor de la métrica antes de empezar el objetivo; en "
                               "un recuento, su nivel mensual (o por el periodo del objetivo); "
                               "necesario para metas relativas como \"by 25%\" o \"by 3 "
                               "percentage points\". Una celda vacía cuenta como 0 y se rechaza."}},
                       check_start_date_parameter},
        .summary = {.en = "Judges an objective against its tracking data: ACHIEVED, ON TRACK, AT "
                          "RISK, OFF TRACK, TOO EARLY or NOT MEASURABLE, with the reason.",
                    .de = "Bewertet ein Ziel anhand seiner Tracking-Daten: ACHIEVED, ON TRACK, AT "
                          "RISK, OFF TRACK, TOO EARLY oder NOT MEASURABLE, mit Begründung (auf "
                          "Englisch).",
                    .fr = "Évalue un objectif au regard de ses données de suivi : ACHIEVED, ON "
                          "TRACK, AT RISK, OFF TRACK, TOO EARLY ou NOT MEASURABLE, avec la raison "
                          "(en anglais).",
                    .es = "Evalúa un objetivo frente a sus datos de seguimiento: ACHIEVED, ON "
                          "TRACK, AT RISK, OFF TRACK, TOO EARLY o NOT MEASURABLE, con el motivo "
                          "(en inglés)."},
        .details = {.en = "Reads the target, time frame, cost cap and conversion target from the "
                          "objective itself and holds the numbers against them: on track at 90% "
                          "of pace or more, off track below 70% unless chance could explain the "
                          "shortfall, too early before day 7 or 10% of the time frame, a broken "
                          "cost cap or a conversion clearly below target never better than AT "
                          "RISK. A cap (\"keep CPL below €25\") broken after the first week is "
                          "OFF TRACK; a relative change of a count is paced on its level per "
                          "month; a share above 100% (7 typed for 7%) gets no verdict. The rules "
                          "and their reasons: docs/objective-check.md.",
                    .de = "Liest Zielwert, Zeitraum, Kostenobergrenze und Conversion-Vorgabe aus "
                          "dem Ziel selbst und misst die Zahlen daran: ON TRACK ab 90 % des "
                          "Solltempos, OFF TRACK unter 70 %, sofern der Rückstand nicht durch "
                          "Zufall erklärbar ist, TOO EARLY vor Tag 7 oder vor 10 % des Zeitraums; "
                          "eine überschrittene Kostenobergrenze oder eine Conversion klar unter "
                          "der Vorgabe ist nie besser als AT RISK. Eine Obergrenze (\"keep CPL "
                          "below €25\"), die nach der ersten Woche überschritten ist, ist OFF "
                          "TRACK; eine relative Änderung einer Anzahl wird an ihrem Niveau pro "
                          "Monat gemessen; ein Anteil über 100 % (7 statt 7 %) bekommt kein "
                          "Urteil. Die Regeln und ihre Gründe: docs/objective-check.md.",
                    .fr = "Lit la cible, le délai, le plafond de coût et la cible de conversion "
                          "dans l'objectif lui-même et y confronte les chiffres : ON TRACK à 90 % "
                          "du rythme ou plus, OFF TRACK sous 70 % sauf si le hasard peut expliquer "
                          "le retard, TOO EARLY avant le 7e jour ou 10 % du délai ; un plafond de "
                          "coût dépassé ou une conversion nettement sous la cible n'est jamais "
                          "mieux que AT RISK. Un plafond (\"keep CPL below €25\") dépassé après "
                          "la première semaine est OFF TRACK ; une variation relative d'un "
                          "comptage se mesure sur son niveau mensuel ; une part au-delà de 100 % "
                          "(7 saisi pour 7 %) ne reçoit aucun verdict. Les règles et leurs "
                          "raisons : docs/objective-check.md.",
                    .es = "Lee la meta, el plazo, el tope de coste y la meta de conversión del "
                          "propio objetivo y contrasta las cifras con ellos: ON TRACK al 90 % del "
                          "ritmo o más, OFF TRACK por debajo del 70 % salvo que el azar pueda "
                          "explicar el déficit, TOO EARLY antes del día 7 o del 10 % del plazo; un "
                          "tope de coste superado o una conversión claramente por debajo de la "
                          "meta nunca es mejor que AT RISK. Un tope (\"keep CPL below €25\") "
                          "superado después de la primera semana es OFF TRACK; un cambio relativo "
                          "de un recuento se mide sobre su nivel mensual; una proporción superior "
                          "al 100 % (7 escrito por 7 %) no recibe veredicto. Las reglas y sus "
                          "motivos: docs/objective-check.md."},
        .example = "=OBJECTIVECHECK(\"Generate 30 leads per month from Google Ads at under $20 "
                   "CPL\";5;28;600)",
        .example_result = "OFF TRACK: 5 leads by day 28, 28 expected by now at 30 per month (18% "
                          "of pace); CPL $120.00 is above the $20.00 cap",
    },
    Function{
        .name = "OBJECTIVEPACE",
        .result = ResultKind::value,
        .parameters = {objective_parameter,
                       {"actual", ArgumentKind::amount, false,
                        {.en = "The objective's metric so far in its time frame, or its current "
                               "value for a rate, ratio or cost.",
                         .de = "Die Kennzahl des Ziels bisher in seinem Zeitraum oder ihr "
                               "aktueller Wert bei einer Rate, einem Verhältnis oder Kosten.",
                         .fr = "L'indicateur de l'objectif atteint jusqu'ici dans son délai, ou "
                               "sa valeur actuelle pour un taux, un ratio ou un coût.",
                         .es = "La métrica del objetivo acumulada hasta ahora en su plazo, o su "
                               "valor actual si es una tasa, un ratio o un coste."}},
                       elapsed_days_parameter,
                       baseline_parameter,
                       check_start_date_parameter},
        .summary = {.en = "The pace of an objective as a number, 1 being exactly on pace, for "
                          "conditional formatting and charts; #N/A when no pace exists.",
                    .de = "Das Tempo eines Ziels als Zahl, 1 heißt genau im Soll, für bedingte "
                          "Formatierung und Diagramme; #N/A, wenn es kein Tempo gibt.",
                    .fr = "Le rythme d'un objectif sous forme de nombre, 1 signifiant pile dans "
                          "le rythme, pour la mise en forme conditionnelle et les graphiques ; "
                          "#N/A s'il n'y a pas de rythme.",
                    .es = "El ritmo de un objetivo como número, siendo 1 ir exactamente al ritmo "
                          "previsto, para formato condicional y gráficos; #N/A si no hay ritmo."},
        .details = {.en = "The number behind OBJECTIVECHECK: actual against what the target "
                          "implies by now, or for a current value the share of the way from "
                          "baseline to target against the share of time gone. #N/A for a vague "
                          "objective or a current value without a baseline; zero elapsed days is "
                          "#DIV/0!.",
                    .de = "Die Zahl hinter OBJECTIVECHECK: actual gegenüber dem, was der Zielwert "
                          "bis jetzt verlangt, oder bei einem aktuellen Wert der zurückgelegte "
                          "Anteil des Wegs von baseline zum Zielwert gegenüber dem Anteil der "
                          "verstrichenen Zeit. #N/A bei einem vagen Ziel oder einem aktuellen Wert "
                          "ohne baseline; 0 verstrichene Tage ergeben #DIV/0!.",
                    .fr = "Le nombre derrière OBJECTIVECHECK : actual rapporté à ce que la cible "
                          "implique à ce stade, ou, pour une valeur actuelle, la part du chemin "
                          "parcouru de baseline à la cible rapportée à la part du temps écoulé. "
                          "#N/A pour un objectif vague ou une valeur actuelle sans baseline ; 0 "
                          "jour écoulé donne #DIV/0!.",
                    .es = "El número que hay detrás de OBJECTIVECHECK: actual frente a lo que la "
                          "meta exige a estas alturas o, para un valor actual, la parte del camino "
                          "recorrida de baseline a la meta frente a la parte del tiempo "
                          "transcurrida. #N/A para un objetivo vago o un valor actual sin "
                          "baseline; 0 días transcurridos da #DIV/0!."},
        .example = "=OBJECTIVEPACE(\"Win 5 customers within 6 months\";2;90)",
        .example_result = "0.8",
    },
};

} // namespace goalpost::catalogue
