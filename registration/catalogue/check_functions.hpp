// Catalogue entries: an objective held against its tracking data (OBJECTIVECHECK and its pace).
// The objective is read as in objective_functions.hpp; the rules are docs/objective-check.md.
#pragma once

#include "catalogue_types.hpp"
#include "objective_functions.hpp" // objective_parameter, baseline_parameter

namespace goalpost::catalogue {

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

inline constexpr std::array check_functions{
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
                        {.en = "Optional: how many of \"actual\" converted, for the objective's "
                               "conversion target.",
                         .de = "Optional: wie viele von \"actual\" konvertiert haben, für die "
                               "Conversion-Vorgabe des Ziels.",
                         .fr = "Facultatif : combien de \"actual\" ont converti, pour la cible de "
                               "conversion de l'objectif.",
                         .es = "Opcional: cuántos de \"actual\" convirtieron, para la meta de "
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
                          "RISK, OFF TRACK, TOO EARLY or NOT MEASURABLE, with the reason in the "
                          "objective's language.",
                    .de = "Bewertet ein Ziel anhand seiner Tracking-Daten: ACHIEVED, ON TRACK, AT "
                          "RISK, OFF TRACK, TOO EARLY oder NOT MEASURABLE (diese Schlüsselwörter "
                          "bleiben englisch, damit Formeln sie prüfen können), mit Begründung in "
                          "der Sprache des Ziels.",
                    .fr = "Évalue un objectif au regard de ses données de suivi : ACHIEVED, ON "
                          "TRACK, AT RISK, OFF TRACK, TOO EARLY ou NOT MEASURABLE (ces mots-clés "
                          "restent en anglais pour que les formules puissent les tester), avec la "
                          "raison dans la langue de l'objectif.",
                    .es = "Evalúa un objetivo frente a sus datos de seguimiento: ACHIEVED, ON "
                          "TRACK, AT RISK, OFF TRACK, TOO EARLY o NOT MEASURABLE (estas palabras "
                          "clave siguen en inglés para que las fórmulas puedan comprobarlas), con "
                          "el motivo en el idioma del objetivo."},
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
        .example_result = "OFF TRACK: 5 leads so far; 28 expected by day 28 at 30 per month (18% "
                          "of pace); CPL $120.00 is above the $20.00 cap",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
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
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
};

} // namespace goalpost::catalogue
