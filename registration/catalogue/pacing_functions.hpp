// Catalogue entries: budget pacing. Where spend will land by the end of the period, what to
// spend per day to land on budget, and whether a budget is under-, on or over-pacing.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter budget_parameter{
    "budget", ArgumentKind::amount, false,
    {.en = "The period's budget: a number, a cell or a range (summed).",
     .de = "Das Budget des Zeitraums: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Le budget de la période : un nombre, une cellule ou une plage (additionnée).",
     .es = "El presupuesto del periodo: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter spend_to_date_parameter{
    "spend_to_date", ArgumentKind::amount, false,
    {.en = "Spent so far in the period: a number, a cell or a range of daily spends (summed).",
     .de = "Bisher im Zeitraum ausgegeben: eine Zahl, eine Zelle oder ein Bereich mit "
           "Tagesausgaben (wird summiert).",
     .fr = "Dépensé jusqu'ici sur la période : un nombre, une cellule ou une plage de dépenses "
           "quotidiennes (additionnée).",
     .es = "Gastado hasta ahora en el periodo: un número, una celda o un rango de gastos "
           "diarios (se suma)."}};

inline constexpr Parameter period_elapsed_days_parameter{
    "elapsed_days", ArgumentKind::number, false,
    {.en = "Days of the period that have passed.",
     .de = "Bereits vergangene Tage des Zeitraums.",
     .fr = "Jours de la période déjà écoulés.",
     .es = "Días del periodo que ya han pasado."}};

inline constexpr Parameter period_days_parameter{
    "period_days", ArgumentKind::number, false,
    {.en = "Days in the whole period, e.g. 30 for a month.",
     .de = "Tage des gesamten Zeitraums, z. B. 30 für einen Monat.",
     .fr = "Jours de la période entière, par exemple 30 pour un mois.",
     .es = "Días del periodo completo, p. ej. 30 para un mes."}};

inline constexpr Parameter recent_spend_parameter{
    "recent_spend", ArgumentKind::list, true,
    {.en = "Optional spend of the most recent days, e.g. the last 7 daily spends: the forecast "
           "runs at their average instead of the average so far. Leave out the newest days while "
           "their spend is still settling.",
     .de = "Optional: Ausgaben der letzten Tage, z. B. die letzten 7 Tagesausgaben: Die Prognose "
           "läuft mit ihrem Durchschnitt statt mit dem bisherigen. Lassen Sie die neuesten Tage "
           "weg, solange ihre Ausgaben noch nachlaufen.",
     .fr = "Facultatif : dépenses des jours les plus récents, par exemple les 7 dernières "
           "dépenses quotidiennes : la prévision suit leur moyenne au lieu de la moyenne depuis "
           "le début. Omettez les jours les plus récents tant que leur dépense n'est pas "
           "consolidée.",
     .es = "Opcional: gasto de los días más recientes, p. ej. los 7 últimos gastos diarios: la "
           "previsión sigue su media en lugar de la media hasta ahora. Deja fuera los días más "
           "nuevos mientras su gasto aún se está asentando."}};

inline constexpr Parameter recent_days_parameter{
    "recent_days", ArgumentKind::number, true,
    {.en = "Optional number of days recent_spend covers (default: the number of values in it).",
     .de = "Optional: Anzahl der Tage, die recent_spend abdeckt (Standard: die Anzahl der Werte "
           "darin).",
     .fr = "Facultatif : nombre de jours couverts par recent_spend (par défaut, le nombre de "
           "valeurs qu'il contient).",
     .es = "Opcional: número de días que cubre recent_spend (por defecto, el número de valores "
           "que contiene)."}};

inline constexpr std::array pacing_functions{
    Function{
        .name = "SPENDFORECAST",
        .parameters = {spend_to_date_parameter, period_elapsed_days_parameter, period_days_parameter,
                       recent_spend_parameter, recent_days_parameter},
        .summary = {.en = "Projected spend at the end of the period, from the spend so far and a "
                          "daily rate.",
                    .de = "Prognostizierte Ausgaben am Ende des Zeitraums, aus den bisherigen "
                          "Ausgaben und einer Tagesrate.",
                    .fr = "Dépense projetée en fin de période, à partir de la dépense à date et "
                          "d'un rythme quotidien.",
                    .es = "Gasto previsto al final del periodo, a partir del gasto hasta ahora y "
                          "un ritmo diario."},
        .details = {.en = "spend_to_date + daily rate x days left, the rate being the average of "
                          "recent_spend when given (a trailing window follows a change of bids or "
                          "budgets sooner), else spend_to_date / elapsed_days. A period already "
                          "over projects what was spent.",
                    .de = "spend_to_date + Tagesrate x verbleibende Tage; die Rate ist der "
                          "Durchschnitt von recent_spend, falls angegeben (ein gleitendes Fenster "
                          "folgt geänderten Geboten oder Budgets schneller), sonst spend_to_date / "
                          "elapsed_days. Ist der Zeitraum vorbei, ist die Prognose das "
                          "Ausgegebene.",
                    .fr = "spend_to_date + rythme quotidien x jours restants, le rythme étant la "
                          "moyenne de recent_spend s'il est donné (une fenêtre glissante suit plus "
                          "vite un changement d'enchères ou de budget), sinon spend_to_date / "
                          "elapsed_days. Une période terminée projette ce qui a été dépensé.",
                    .es = "spend_to_date + ritmo diario x días restantes; el ritmo es la media de "
                          "recent_spend si se da (una ventana móvil sigue antes un cambio de pujas "
                          "o presupuestos), si no spend_to_date / elapsed_days. Un periodo ya "
                          "terminado proyecta lo gastado."},
        .example = "=SPENDFORECAST(6000;12;30;{600;620;580;610;590;600;600})",
        .example_result = "16800 (6000 + 600 x 18)",
        .frozen_because = "recent_days defaults to the number of values in recent_spend, which a "
                          "fixed formula cannot tell from an omitted range",
    },
    Function{
        .name = "DAILYBUDGET",
        .parameters = {budget_parameter, spend_to_date_parameter, period_elapsed_days_parameter,
                       period_days_parameter,
                       {"weights", ArgumentKind::list, true,
                        {.en = "Optional weight of each day left (the next first), or of each "
                               "day of the period, e.g. higher on weekdays; default even.",
                         .de = "Optional: Gewicht jedes verbleibenden Tages (der nächste zuerst) "
                               "oder jedes Tages des Zeitraums, z. B. höher an Werktagen; "
                               "Standard gleichmäßig.",
                         .fr = "Facultatif : poids de chaque jour restant (le prochain en "
                               "premier), ou de chaque jour de la période, par exemple plus fort "
                               "en semaine ; par défaut uniforme.",
                         .es = "Opcional: peso de cada día restante (el siguiente primero) o de "
                               "cada día del periodo, p. ej. mayor entre semana; por defecto "
                               "uniforme."}}},
        .summary = {.en = "Budget for the next day that lands the period exactly on budget.",
                    .de = "Budget für den nächsten Tag, mit dem der Zeitraum genau im Budget "
                          "landet.",
                    .fr = "Budget du jour suivant qui fait atterrir la période exactement sur le "
                          "budget.",
                    .es = "Presupuesto del día siguiente con el que el periodo cierra justo en el "
                          "presupuesto."},
        .details = {.en = "(budget - spend_to_date) / days left, or that remainder times the next "
                          "day's weight over the weights of the days left. 0 once the budget is "
                          "spent: PACINGSTATUS says by how much it is over.",
                    .de = "(budget - spend_to_date) / verbleibende Tage, oder dieser Rest mal das "
                          "Gewicht des nächsten Tages durch die Gewichte der verbleibenden Tage. "
                          "0, sobald das Budget ausgegeben ist: PACINGSTATUS sagt, um wie viel es "
                          "überschritten ist.",
                    .fr = "(budget - spend_to_date) / jours restants, ou ce reste multiplié par le "
                          "poids du jour suivant rapporté aux poids des jours restants. 0 une fois "
                          "le budget dépensé : PACINGSTATUS dit de combien il est dépassé.",
                    .es = "(budget - spend_to_date) / días restantes, o ese resto por el peso del "
                          "día siguiente entre los pesos de los días restantes. 0 cuando el "
                          "presupuesto está gastado: PACINGSTATUS dice cuánto se ha pasado."},
        .example = "=DAILYBUDGET(10000;6000;12;30)",
        .example_result = "222.22 (4000 / 18)",
        .frozen_because = "its weights may cover the days left or the whole period, which a "
                          "fixed formula cannot tell apart",
    },
    Function{
        .name = "PACINGSTATUS",
        .result = ResultKind::value,
        .parameters = {budget_parameter, spend_to_date_parameter, period_elapsed_days_parameter,
                       period_days_parameter, recent_spend_parameter, recent_days_parameter,
                       {"tolerance", ArgumentKind::number, true,
                        {.en = "Optional band either side of the budget that counts as on pace, "
                               "as a fraction (default 0.05).",
                         .de = "Optional: Spanne um das Budget, die als im Plan gilt, als "
                               "Bruchteil (Standard 0.05).",
                         .fr = "Facultatif : marge de part et d'autre du budget considérée comme "
                               "dans le rythme, en fraction (0.05 par défaut).",
                         .es = "Opcional: margen a cada lado del presupuesto que cuenta como en "
                               "ritmo, como fracción (por defecto 0.05)."}}},
        .summary = {.en = "UNDER-PACING, ON PACE or OVER-PACING, with the projected gap and the "
                          "daily spend that lands on budget.",
                    .de = "UNDER-PACING, ON PACE oder OVER-PACING, mit der prognostizierten "
                          "Abweichung und der Tagesausgabe, die im Budget landet.",
                    .fr = "UNDER-PACING, ON PACE ou OVER-PACING, avec l'écart projeté et la "
                          "dépense quotidienne qui atterrit sur le budget.",
                    .es = "UNDER-PACING, ON PACE u OVER-PACING, con la desviación prevista y el "
                          "gasto diario que cierra en el presupuesto."},
        .details = {.en = "SPENDFORECAST against the budget: over it by more than the tolerance "
                          "is OVER-PACING, under it by more is UNDER-PACING. The status word "
                          "leads and stays the same in every language, so that formulas and "
                          "conditional formats can test it with LEFT or SEARCH.",
                    .de = "SPENDFORECAST gegen das Budget: mehr als die Toleranz darüber ist "
                          "OVER-PACING, mehr als sie darunter UNDER-PACING. Das Statuswort steht "
                          "vorn und ist in jeder Sprache gleich, damit Formeln und bedingte "
                          "Formatierungen es mit LINKS oder SUCHEN prüfen können.",
                    .fr = "SPENDFORECAST face au budget : au-dessus de plus que la tolérance, "
                          "c'est OVER-PACING ; en dessous de plus, UNDER-PACING. Le mot d'état "
                          "vient en premier et reste le même dans toutes les langues, pour que "
                          "formules et formats conditionnels le testent avec GAUCHE ou CHERCHE.",
                    .es = "SPENDFORECAST frente al presupuesto: por encima en más que la "
                          "tolerancia es OVER-PACING; por debajo en más, UNDER-PACING. La palabra "
                          "de estado va delante y es la misma en todos los idiomas, para que "
                          "fórmulas y formatos condicionales la comprueben con IZQUIERDA o "
                          "HALLAR."},
        .example = "=PACINGSTATUS(10000;6000;12;30)",
        .example_result = "OVER-PACING: projected 15,000 of 10,000 (+50%) at 500 a day; 222.22 a "
                          "day lands on budget",
        .frozen_because = "its answer is a status and reason in words",
    },
};

} // namespace goalpost::catalogue
