// Catalogue entries: reverse-funnel planning and pacing.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter funnel_target_parameter{
    "target", ArgumentKind::number, false,
    {.en = "What you want at the bottom of the funnel, e.g. 18 customers.",
     .de = "Was Sie am Ende des Funnels erreichen wollen, z. B. 18 Kunden.",
     .fr = "Ce que vous visez en bas de l'entonnoir, par exemple 18 clients.",
     .es = "Lo que quieres conseguir al final del embudo, p. ej. 18 clientes."}};

inline constexpr Parameter rates_parameter{
    "rates", ArgumentKind::list, false,
    {.en = "Stage-to-stage conversion rates, top first, each above 0 and at most 1: a number, a "
           "row or a column.",
     .de = "Conversion-Raten von Stufe zu Stufe, von oben nach unten, jede über 0 und höchstens "
           "1: eine Zahl, eine Zeile oder eine Spalte.",
     .fr = "Taux de conversion d'une étape à la suivante, du haut vers le bas, chacun supérieur à "
           "0 et au plus égal à 1 : un nombre, une ligne ou une colonne.",
     .es = "Tasas de conversión de una etapa a la siguiente, de arriba abajo, cada una mayor que "
           "0 y como máximo 1: un número, una fila o una columna."}};

inline constexpr Parameter average_deal_parameter{
    "average_deal", ArgumentKind::number, true,
    {.en = "Optional average deal: the target is then revenue, turned into customers by "
           "dividing by it and rounding up.",
     .de = "Optional: durchschnittlicher Auftragswert; das Ziel ist dann Umsatz und wird durch "
           "Teilen und Aufrunden in Kunden umgerechnet.",
     .fr = "Facultatif : panier moyen par contrat ; l'objectif est alors un chiffre d'affaires, "
           "converti en clients en le divisant et en arrondissant au supérieur.",
     .es = "Opcional: importe medio por venta; el objetivo es entonces ingresos, convertidos en "
           "clientes dividiendo y redondeando hacia arriba."}};

inline constexpr Parameter actual_so_far_parameter{
    "actual", ArgumentKind::amount, false,
    {.en = "The amount so far in the period: a number, a cell or a range (summed).",
     .de = "Der bisher erreichte Wert im Zeitraum: eine Zahl, eine Zelle oder ein Bereich (wird "
           "summiert).",
     .fr = "Le montant atteint jusqu'ici sur la période : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "La cantidad acumulada hasta ahora en el periodo: un número, una celda o un rango (se "
           "suma)."}};

inline constexpr Parameter elapsed_parameter{
    "elapsed", ArgumentKind::number, false,
    {.en = "Time elapsed so far, e.g. days.",
     .de = "Bisher verstrichene Zeit, z. B. Tage.",
     .fr = "Temps écoulé jusqu'ici, par exemple en jours.",
     .es = "Tiempo transcurrido hasta ahora, p. ej. días."}};

inline constexpr Parameter period_parameter{
    "period", ArgumentKind::number, false,
    {.en = "Length of the whole period, in the same unit as elapsed.",
     .de = "Länge des gesamten Zeitraums, in derselben Einheit wie elapsed.",
     .fr = "Durée de toute la période, dans la même unité que elapsed.",
     .es = "Duración de todo el periodo, en la misma unidad que elapsed."}};

inline constexpr std::array planning_functions{
    Function{
        .name = "LEADSNEEDED",
        .parameters = {funnel_target_parameter, rates_parameter, average_deal_parameter},
        .summary = {.en = "Leads needed at the top of the funnel to reach a target at the bottom.",
                    .de = "Benötigte Leads oben im Funnel, um unten ein Ziel zu erreichen.",
                    .fr = "Leads nécessaires en haut de l'entonnoir pour atteindre un objectif en "
                          "bas.",
                    .es = "Leads necesarios en la parte alta del embudo para alcanzar un objetivo "
                          "al final."},
        .details = {.en = "Works back from the target: each stage = next stage / its rate, rounded "
                          "up to a whole lead. The same as the first cell of REVERSEFUNNEL.",
                    .de = "Rechnet vom Ziel rückwärts: jede Stufe = nächste Stufe / ihre Rate, "
                          "aufgerundet auf ganze Leads. Entspricht der ersten Zelle von "
                          "REVERSEFUNNEL.",
                    .fr = "Remonte à partir de l'objectif : chaque étape = étape suivante / son "
                          "taux, arrondi au lead entier supérieur. Identique à la première "
                          "cellule de REVERSEFUNNEL.",
                    .es = "Calcula hacia atrás desde el objetivo: cada etapa = etapa siguiente / "
                          "su tasa, redondeado hacia arriba a un lead entero. Igual que la "
                          "primera celda de REVERSEFUNNEL."},
        .example = "=LEADSNEEDED(10;{0.2;0.5})",
        .example_result = "100",
        .frozen_because = "each stage is rounded up to whole leads in turn, one nested ROUNDUP "
                          "per rate of a list of any length: no fixed formula computes it",
    },
    Function{
        .name = "REVERSEFUNNEL",
        .result = ResultKind::array,
        .parameters = {funnel_target_parameter, rates_parameter, average_deal_parameter},
        .summary = {.en = "The counts needed at every funnel stage to reach a target, as a column: "
                          "leads first, the target last.",
                    .de = "Die benötigten Anzahlen auf jeder Funnel-Stufe, um ein Ziel zu "
                          "erreichen, als Spalte: zuerst die Leads, zuletzt das Ziel.",
                    .fr = "Les volumes nécessaires à chaque étape de l'entonnoir pour atteindre "
                          "un objectif, en colonne : les leads en premier, l'objectif en dernier.",
                    .es = "Los volúmenes necesarios en cada etapa del embudo para alcanzar un "
                          "objetivo, en columna: primero los leads, al final el objetivo."},
        .details = {.en = "Computed from the bottom up, each stage = next stage / its rate, rounded "
                          "up to a whole unit. Returns one more cell than there are rates. Select "
                          "that many cells in a column, type the formula and press "
                          "Ctrl+Shift+Enter, or read one stage with "
                          "INDEX(REVERSEFUNNEL(...);stage;1).",
                    .de = "Von unten nach oben berechnet, jede Stufe = nächste Stufe / ihre Rate, "
                          "aufgerundet auf ganze Einheiten. Liefert eine Zelle mehr, als es Raten "
                          "gibt. Markieren Sie so viele Zellen in einer Spalte, geben Sie die "
                          "Formel ein und drücken Sie Strg+Umschalt+Eingabe, oder lesen Sie eine "
                          "Stufe mit INDEX(REVERSEFUNNEL(...);stage;1).",
                    .fr = "Calculé de bas en haut, chaque étape = étape suivante / son taux, "
                          "arrondi à l'unité supérieure. Renvoie une cellule de plus qu'il n'y a "
                          "de taux. Sélectionnez autant de cellules dans une colonne, tapez la "
                          "formule et appuyez sur Ctrl+Maj+Entrée, ou lisez une étape avec "
                          "INDEX(REVERSEFUNNEL(...);stage;1).",
                    .es = "Se calcula de abajo arriba, cada etapa = etapa siguiente / su tasa, "
                          "redondeado hacia arriba a una unidad entera. Devuelve una celda más "
                          "que tasas haya. Selecciona esas celdas en una columna, escribe la "
                          "fórmula y pulsa Ctrl+Mayús+Intro, o lee una etapa con "
                          "INDEX(REVERSEFUNNEL(...);stage;1)."},
        .example = "=INDEX(REVERSEFUNNEL(10;{0.2;0.5});2;1)",
        .example_result = "20",
        .frozen_because = "it fills a range as an array formula, which the copy keeps as values",
    },
    Function{
        .name = "BUDGETNEEDED",
        .parameters = {
            funnel_target_parameter,
            rates_parameter,
            {"cost_per_lead", ArgumentKind::number, false,
             {.en = "What one lead costs (your CPL).",
              .de = "Was ein Lead kostet (Ihre Kosten pro Lead, CPL).",
              .fr = "Ce que coûte un lead (votre coût par lead, CPL).",
              .es = "Lo que cuesta un lead (tu coste por lead, CPL)."}},
            average_deal_parameter,
        },
        .summary = {.en = "Budget needed to reach a target: leads needed times cost per lead.",
                    .de = "Benötigtes Budget, um ein Ziel zu erreichen: benötigte Leads mal "
                          "Kosten pro Lead.",
                    .fr = "Budget nécessaire pour atteindre un objectif : leads nécessaires "
                          "multipliés par le coût par lead.",
                    .es = "Presupuesto necesario para alcanzar un objetivo: leads necesarios por "
                          "el coste por lead."},
        .details = {.en = "LEADSNEEDED(target;rates) x cost_per_lead: the media budget that the "
                          "funnel implies at today's CPL and conversion rates.",
                    .de = "LEADSNEEDED(target;rates) x cost_per_lead: das Mediabudget, das sich "
                          "aus dem Funnel beim heutigen CPL und den heutigen Conversion-Raten "
                          "ergibt.",
                    .fr = "LEADSNEEDED(target;rates) x cost_per_lead : le budget média "
                          "qu'implique l'entonnoir au CPL et aux taux de conversion actuels.",
                    .es = "LEADSNEEDED(target;rates) x cost_per_lead: el presupuesto de medios "
                          "que implica el embudo con el CPL y las tasas de conversión actuales."},
        .example = "=BUDGETNEEDED(10;{0.2;0.5};20)",
        .example_result = "2000",
        .frozen_because = "it builds on LEADSNEEDED, whose stage-by-stage rounding has no fixed "
                          "formula",
    },
    Function{
        .name = "RUNRATE",
        .parameters = {actual_so_far_parameter, elapsed_parameter, period_parameter},
        .summary = {.en = "Run rate: the end-of-period projection, actual x period / elapsed.",
                    .de = "Run-Rate: die Hochrechnung zum Ende des Zeitraums, actual x period / "
                          "elapsed.",
                    .fr = "Run rate : la projection en fin de période, actual x period / "
                          "elapsed.",
                    .es = "Run rate: la proyección a final del periodo, actual x period / "
                          "elapsed."},
        .details = {.en = "actual x period / elapsed, a straight-line projection. Early in a period "
                          "it swings hard: read it beside PACE and a confidence interval, not "
                          "alone. Zero elapsed time is #DIV/0!.",
                    .de = "actual x period / elapsed, eine lineare Hochrechnung. Früh im Zeitraum "
                          "schwankt sie stark: Lesen Sie sie zusammen mit PACE und einem "
                          "Konfidenzintervall, nicht allein. Eine verstrichene Zeit von 0 ergibt "
                          "#DIV/0!.",
                    .fr = "actual x period / elapsed, une projection linéaire. En début de "
                          "période, elle varie fortement : lisez-la avec PACE et un intervalle de "
                          "confiance, jamais seule. Un temps écoulé nul donne #DIV/0!.",
                    .es = "actual x period / elapsed, una proyección lineal. Al principio del "
                          "periodo oscila mucho: léela junto a PACE y un intervalo de confianza, "
                          "no sola. Un tiempo transcurrido de 0 da #DIV/0!."},
        .example = "=RUNRATE(30;10;30)",
        .example_result = "90",
        .shared_as = "IF(OR(SUM({1})<0;{2}<0;{3}<=0);SQRT(-1);SUM({1})*{3}/{2})",
    },
    Function{
        .name = "PACE",
        .parameters = {
            actual_so_far_parameter,
            {"target", ArgumentKind::number, false,
             {.en = "The target for the whole period.",
              .de = "Das Ziel für den gesamten Zeitraum.",
              .fr = "L'objectif de toute la période.",
              .es = "El objetivo de todo el periodo."}},
            elapsed_parameter,
            period_parameter,
        },
        .summary = {.en = "Pace against a target: actual / (target x elapsed / period); 1 is exactly "
                          "on pace.",
                    .de = "Pacing gegenüber einem Ziel: actual / (target x elapsed / period); 1 "
                          "heißt genau im Soll.",
                    .fr = "Rythme par rapport à un objectif : actual / (target x elapsed / "
                          "period) ; 1 signifie être pile dans le rythme.",
                    .es = "Ritmo frente a un objetivo: actual / (target x elapsed / period); 1 es "
                          "ir exactamente al ritmo previsto."},
        .details = {.en = "actual / (target x elapsed / period), assuming the target accrues evenly "
                          "over the period. 0.5 means half of what should be there by now. A zero "
                          "target or zero elapsed time is #DIV/0!.",
                    .de = "actual / (target x elapsed / period), unter der Annahme, dass sich das "
                          "Ziel gleichmäßig über den Zeitraum verteilt. 0.5 bedeutet: die Hälfte "
                          "dessen, was jetzt erreicht sein sollte. Ein Ziel von 0 oder eine "
                          "verstrichene Zeit von 0 ergibt #DIV/0!.",
                    .fr = "actual / (target x elapsed / period), en supposant que l'objectif se "
                          "répartit uniformément sur la période. 0.5 signifie la moitié de ce qui "
                          "devrait être atteint à ce stade. Un objectif nul ou un temps écoulé nul "
                          "donne #DIV/0!.",
                    .es = "actual / (target x elapsed / period), suponiendo que el objetivo se "
                          "reparte por igual a lo largo del periodo. 0.5 significa la mitad de lo "
                          "que debería haber a estas alturas. Un objetivo de 0 o un tiempo "
                          "transcurrido de 0 da #DIV/0!."},
        .example = "=PACE(5;30;28;30)",
        .example_result = "0.1786 (5 / 28)",
        .shared_as = "IF(OR(SUM({1})<0;{2}<0;{3}<0;{4}<=0);SQRT(-1);SUM({1})/({2}*{3}/{4}))",
    },
    Function{
        .name = "LASTLEADDATE",
        .parameters = {
            {"deadline", ArgumentKind::number, false,
             {.en = "The date by which deals must be closed.",
              .de = "Das Datum, bis zu dem Abschlüsse erzielt sein müssen.",
              .fr = "La date à laquelle les ventes doivent être conclues.",
              .es = "La fecha en la que las ventas deben estar cerradas."}},
            {"cycle_days", ArgumentKind::number, false,
             {.en = "The sales cycle in days, from a lead's arrival to its close.",
              .de = "Der Verkaufszyklus in Tagen, vom Eingang eines Leads bis zum Abschluss.",
              .fr = "Le cycle de vente en jours, de l'arrivée d'un lead à sa conclusion.",
              .es = "El ciclo de venta en días, desde la llegada de un lead hasta el cierre."}},
        },
        .summary = {.en = "The last day a lead can arrive and still close by the deadline.",
                    .de = "Der letzte Tag, an dem ein Lead eingehen und bis zur Frist noch "
                          "abgeschlossen werden kann.",
                    .fr = "Le dernier jour où un lead peut arriver et encore être conclu avant "
                          "l'échéance.",
                    .es = "El último día en que puede llegar un lead y cerrarse aún antes de la "
                          "fecha límite."},
        .details = {.en = "deadline - cycle_days, a date: format the cell as one. Leads that "
                          "arrive later count towards the next period's target, so a campaign "
                          "meant for this quarter's revenue must deliver before it.",
                    .de = "deadline - cycle_days, ein Datum: die Zelle als Datum formatieren. "
                          "Später eingehende Leads zählen für das Ziel des nächsten Zeitraums; "
                          "eine Kampagne für den Umsatz dieses Quartals muss also vorher "
                          "liefern.",
                    .fr = "deadline - cycle_days, une date : formatez la cellule en date. Les "
                          "leads arrivés plus tard comptent pour l'objectif de la période "
                          "suivante : une campagne pour le chiffre d'affaires de ce trimestre "
                          "doit livrer avant.",
                    .es = "deadline - cycle_days, una fecha: da formato de fecha a la celda. Los "
                          "leads que lleguen después cuentan para el objetivo del periodo "
                          "siguiente, así que una campaña para los ingresos de este trimestre debe "
                          "entregar antes."},
        .example = "=LASTLEADDATE(DATE(2026;12;31);45)",
        .example_result = "46342 (16 November 2026 as a date: 46387 - 45)",
        .shared_as = "IF(OR({1}<0;{2}<0;{2}>{1});SQRT(-1);{1}-{2})",
    },
};

} // namespace goalpost::catalogue
