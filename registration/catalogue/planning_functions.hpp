// Catalogue entries: reverse-funnel planning, pacing and conversion statistics.
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

inline constexpr Parameter observed_conversions_parameter{
    "conversions", ArgumentKind::amount, false,
    {.en = "Conversions observed: a number, a cell or a range (summed).",
     .de = "Beobachtete Conversions: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Conversions observées : un nombre, une cellule ou une plage (additionnée).",
     .es = "Conversiones observadas: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter trials_parameter{
    "trials", ArgumentKind::amount, false,
    {.en = "Trials they came from (visits, leads): a number, a cell or a range (summed).",
     .de = "Versuche, aus denen sie stammen (Besuche, Leads): eine Zahl, eine Zelle oder ein "
           "Bereich (wird summiert).",
     .fr = "Essais dont elles sont issues (visites, leads) : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "Intentos de los que proceden (visitas, leads): un número, una celda o un rango (se "
           "suma)."}};

inline constexpr Parameter confidence_parameter{
    "confidence", ArgumentKind::number, true,
    {.en = "Optional confidence level between 0 and 1 (default 0.95).",
     .de = "Optional: Konfidenzniveau zwischen 0 und 1 (Standard 0.95).",
     .fr = "Facultatif : niveau de confiance entre 0 et 1 (0.95 par défaut).",
     .es = "Opcional: nivel de confianza entre 0 y 1 (por defecto 0.95)."}};

inline constexpr std::array planning_functions{
    Function{
        .name = "LEADSNEEDED",
        .parameters = {funnel_target_parameter, rates_parameter},
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
    },
    Function{
        .name = "REVERSEFUNNEL",
        .result = ResultKind::array,
        .parameters = {funnel_target_parameter, rates_parameter},
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
    },
    Function{
        .name = "CONVLOW",
        .parameters = {observed_conversions_parameter, trials_parameter, confidence_parameter},
        .summary = {.en = "Lower bound of the Wilson confidence interval of a conversion rate.",
                    .de = "Untergrenze des Wilson-Konfidenzintervalls einer Conversion-Rate.",
                    .fr = "Borne inférieure de l'intervalle de confiance de Wilson d'un taux de "
                          "conversion.",
                    .es = "Límite inferior del intervalo de confianza de Wilson de una tasa de "
                          "conversión."},
        .details = {.en = "The lower end of the two-sided Wilson score interval (Wilson 1927), which "
                          "stays sensible for small samples and for 0 or 100% conversion, unlike "
                          "the textbook p +/- z x standard error. If a target rate lies inside "
                          "CONVLOW..CONVHIGH, the data cannot yet tell you missed it.",
                    .de = "Das untere Ende des zweiseitigen Wilson-Score-Intervalls (Wilson 1927), "
                          "das anders als das Lehrbuch-Intervall p +/- z x Standardfehler auch "
                          "bei kleinen Stichproben und bei 0 oder 100 % Conversion sinnvoll "
                          "bleibt. Liegt eine Zielrate innerhalb von CONVLOW..CONVHIGH, können die "
                          "Daten noch nicht zeigen, dass Sie sie verfehlt haben.",
                    .fr = "La borne basse de l'intervalle de score de Wilson bilatéral (Wilson "
                          "1927), qui reste pertinent pour les petits échantillons et pour 0 ou "
                          "100 % de conversion, contrairement au p +/- z x erreur type des "
                          "manuels. Si un taux cible se situe dans CONVLOW..CONVHIGH, les données "
                          "ne permettent pas encore de dire que vous l'avez manqué.",
                    .es = "El extremo inferior del intervalo de Wilson bilateral (Wilson 1927), "
                          "que sigue siendo razonable con muestras pequeñas y con un 0 o un 100 % "
                          "de conversión, a diferencia del p +/- z x error estándar de los "
                          "manuales. Si una tasa objetivo está dentro de CONVLOW..CONVHIGH, los "
                          "datos aún no permiten decir que no la has alcanzado."},
        .example = "=CONVLOW(81;263)",
        .example_result = "0.2553 (Newcombe 1998)",
    },
    Function{
        .name = "CONVHIGH",
        .parameters = {observed_conversions_parameter, trials_parameter, confidence_parameter},
        .summary = {.en = "Upper bound of the Wilson confidence interval of a conversion rate.",
                    .de = "Obergrenze des Wilson-Konfidenzintervalls einer Conversion-Rate.",
                    .fr = "Borne supérieure de l'intervalle de confiance de Wilson d'un taux de "
                          "conversion.",
                    .es = "Límite superior del intervalo de confianza de Wilson de una tasa de "
                          "conversión."},
        .details = {.en = "The upper end of the two-sided Wilson score interval; see CONVLOW.",
                    .de = "Das obere Ende des zweiseitigen Wilson-Score-Intervalls; siehe "
                          "CONVLOW.",
                    .fr = "La borne haute de l'intervalle de score de Wilson bilatéral ; voir "
                          "CONVLOW.",
                    .es = "El extremo superior del intervalo de Wilson bilateral; consulta "
                          "CONVLOW."},
        .example = "=CONVHIGH(81;263)",
        .example_result = "0.3662 (Newcombe 1998)",
    },
    Function{
        .name = "CONVPVALUE",
        .parameters = {
            {"conv_a", ArgumentKind::amount, false,
             {.en = "Conversions of variant A: a number, a cell or a range (summed).",
              .de = "Conversions von Variante A: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Conversions de la variante A : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Conversiones de la variante A: un número, una celda o un rango (se "
                    "suma)."}},
            {"trials_a", ArgumentKind::amount, false,
             {.en = "Trials of variant A: a number, a cell or a range (summed).",
              .de = "Versuche von Variante A: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Essais de la variante A : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Intentos de la variante A: un número, una celda o un rango (se suma)."}},
            {"conv_b", ArgumentKind::amount, false,
             {.en = "Conversions of variant B: a number, a cell or a range (summed).",
              .de = "Conversions von Variante B: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Conversions de la variante B : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Conversiones de la variante B: un número, una celda o un rango (se "
                    "suma)."}},
            {"trials_b", ArgumentKind::amount, false,
             {.en = "Trials of variant B: a number, a cell or a range (summed).",
              .de = "Versuche von Variante B: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Essais de la variante B : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Intentos de la variante B: un número, una celda o un rango (se suma)."}},
        },
        .summary = {.en = "p-value of the difference between two conversion rates (two-sided, "
                          "pooled two-proportion z-test).",
                    .de = "p-Wert des Unterschieds zwischen zwei Conversion-Raten (zweiseitiger "
                          "z-Test für zwei Anteile mit gepoolter Varianz).",
                    .fr = "Valeur p de l'écart entre deux taux de conversion (test z bilatéral de "
                          "comparaison de deux proportions, variance commune).",
                    .es = "Valor p de la diferencia entre dos tasas de conversión (prueba z "
                          "bilateral de dos proporciones con varianza combinada)."},
        .details = {.en = "Below 0.05 the difference is unlikely to be noise. The normal "
                          "approximation needs about 5 conversions and 5 non-conversions per "
                          "variant, and checking again and again before the planned sample size "
                          "(SAMPLESIZE) inflates false positives. Equal rates give 1.",
                    .de = "Unter 0.05 ist der Unterschied wahrscheinlich kein Rauschen. Die "
                          "Normalapproximation braucht etwa 5 Conversions und 5 "
                          "Nicht-Conversions pro Variante, und wer vor der geplanten "
                          "Stichprobengröße (SAMPLESIZE) immer wieder nachsieht, treibt die "
                          "falsch positiven Ergebnisse in die Höhe. Gleiche Raten ergeben 1.",
                    .fr = "Sous 0.05, il est peu probable que l'écart soit du bruit. "
                          "L'approximation normale demande environ 5 conversions et 5 "
                          "non-conversions par variante, et regarder encore et encore avant "
                          "d'atteindre la taille d'échantillon prévue (SAMPLESIZE) multiplie les "
                          "faux positifs. Des taux égaux donnent 1.",
                    .es = "Por debajo de 0.05 es poco probable que la diferencia sea ruido. La "
                          "aproximación normal necesita unas 5 conversiones y 5 no conversiones "
                          "por variante, y mirar una y otra vez antes de llegar al tamaño de "
                          "muestra previsto (SAMPLESIZE) dispara los falsos positivos. Tasas "
                          "iguales dan 1."},
        .example = "=CONVPVALUE(120;1000;150;1000)",
        .example_result = "0.0496",
    },
    Function{
        .name = "SAMPLESIZE",
        .parameters = {
            {"base_rate", ArgumentKind::number, false,
             {.en = "Today's conversion rate, strictly between 0 and 1.",
              .de = "Die heutige Conversion-Rate, größer als 0 und kleiner als 1.",
              .fr = "Le taux de conversion actuel, strictement entre 0 et 1.",
              .es = "La tasa de conversión actual, estrictamente entre 0 y 1."}},
            {"relative_lift", ArgumentKind::number, false,
             {.en = "The relative lift to detect, e.g. 0.2 for +20% (the new rate must stay "
                    "below 1).",
              .de = "Der relative Uplift, der erkannt werden soll, z. B. 0.2 für +20 % (die neue "
                    "Rate muss unter 1 bleiben).",
              .fr = "La hausse relative à détecter, par exemple 0.2 pour +20 % (le nouveau taux "
                    "doit rester inférieur à 1).",
              .es = "El aumento relativo que quieres detectar, p. ej. 0.2 para +20 % (la nueva "
                    "tasa debe quedar por debajo de 1)."}},
            {"alpha", ArgumentKind::number, true,
             {.en = "Optional significance level, two-sided (default 0.05).",
              .de = "Optional: Signifikanzniveau, zweiseitig (Standard 0.05).",
              .fr = "Facultatif : seuil de signification, bilatéral (0.05 par défaut).",
              .es = "Opcional: nivel de significación, bilateral (por defecto 0.05)."}},
            {"power", ArgumentKind::number, true,
             {.en = "Optional power, the chance of detecting a real lift (default 0.8).",
              .de = "Optional: Teststärke, die Wahrscheinlichkeit, einen echten Uplift zu "
                    "erkennen (Standard 0.8).",
              .fr = "Facultatif : puissance, la probabilité de détecter une hausse réelle (0.8 "
                    "par défaut).",
              .es = "Opcional: potencia, la probabilidad de detectar un aumento real (por "
                    "defecto 0.8)."}},
        },
        .summary = {.en = "Trials needed per variant to detect a relative lift in a conversion "
                          "rate.",
                    .de = "Benötigte Versuche pro Variante, um einen relativen Uplift einer "
                          "Conversion-Rate zu erkennen.",
                    .fr = "Essais nécessaires par variante pour détecter une hausse relative d'un "
                          "taux de conversion.",
                    .es = "Intentos necesarios por variante para detectar un aumento relativo de "
                          "una tasa de conversión."},
        .details = {.en = "Normal approximation without continuity correction: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 with p2 = p1 (1+lift), rounded up. Decide it before the test "
                          "starts and judge only once it is reached.",
                    .de = "Normalapproximation ohne Stetigkeitskorrektur: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 mit p2 = p1 (1+lift), aufgerundet. Legen Sie die Größe vor "
                          "dem Teststart fest und werten Sie erst aus, wenn sie erreicht ist.",
                    .fr = "Approximation normale sans correction de continuité : n = "
                          "(z(1-alpha/2) sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 "
                          "(1-p2)))^2 / (p2-p1)^2 avec p2 = p1 (1+lift), arrondi à l'entier "
                          "supérieur. Fixez-la avant le début du test et ne concluez qu'une fois "
                          "qu'elle est atteinte.",
                    .es = "Aproximación normal sin corrección de continuidad: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 con p2 = p1 (1+lift), redondeado hacia arriba. Fija el "
                          "tamaño antes de empezar el test y saca conclusiones solo cuando se "
                          "alcance."},
        .example = "=SAMPLESIZE(0.1;0.2)",
        .example_result = "3841",
    },
};

} // namespace goalpost::catalogue
