// Catalogue entries: statistics that say whether the data means something yet: intervals of a
// conversion rate and of a count, the significance of a difference, and sample sizes.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

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

inline constexpr Parameter event_count_parameter{
    "count", ArgumentKind::amount, false,
    {.en = "Events counted in a period, e.g. leads this month: a whole number, a cell or a range "
           "(summed).",
     .de = "In einem Zeitraum gezählte Ereignisse, z. B. Leads in diesem Monat: eine ganze Zahl, "
           "eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Événements comptés sur une période, par exemple les leads de ce mois : un nombre "
           "entier, une cellule ou une plage (additionnée).",
     .es = "Eventos contados en un periodo, p. ej. los leads de este mes: un número entero, una "
           "celda o un rango (se suma)."}};

inline constexpr Parameter conv_a_parameter{
    "conv_a", ArgumentKind::amount, false,
    {.en = "Conversions of variant A: a number, a cell or a range (summed).",
     .de = "Conversions von Variante A: eine Zahl, eine Zelle oder ein Bereich (wird "
           "summiert).",
     .fr = "Conversions de la variante A : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "Conversiones de la variante A: un número, una celda o un rango (se "
           "suma)."}};

inline constexpr Parameter trials_a_parameter{
    "trials_a", ArgumentKind::amount, false,
    {.en = "Trials of variant A: a number, a cell or a range (summed).",
     .de = "Versuche von Variante A: eine Zahl, eine Zelle oder ein Bereich (wird "
           "summiert).",
     .fr = "Essais de la variante A : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "Intentos de la variante A: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter conv_b_parameter{
    "conv_b", ArgumentKind::amount, false,
    {.en = "Conversions of variant B: a number, a cell or a range (summed).",
     .de = "Conversions von Variante B: eine Zahl, eine Zelle oder ein Bereich (wird "
           "summiert).",
     .fr = "Conversions de la variante B : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "Conversiones de la variante B: un número, una celda o un rango (se "
           "suma)."}};

inline constexpr Parameter trials_b_parameter{
    "trials_b", ArgumentKind::amount, false,
    {.en = "Trials of variant B: a number, a cell or a range (summed).",
     .de = "Versuche von Variante B: eine Zahl, eine Zelle oder ein Bereich (wird "
           "summiert).",
     .fr = "Essais de la variante B : un nombre, une cellule ou une plage "
           "(additionnée).",
     .es = "Intentos de la variante B: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter base_rate_parameter{
    "base_rate", ArgumentKind::number, false,
    {.en = "Today's conversion rate, strictly between 0 and 1.",
     .de = "Die heutige Conversion-Rate, größer als 0 und kleiner als 1.",
     .fr = "Le taux de conversion actuel, strictement entre 0 et 1.",
     .es = "La tasa de conversión actual, estrictamente entre 0 y 1."}};

inline constexpr Parameter relative_lift_parameter{
    "relative_lift", ArgumentKind::number, false,
    {.en = "The relative change to detect, e.g. 0.2 for +20% or -0.1 for a 10% decrease "
           "(the new rate must stay below 1).",
     .de = "Die relative Veränderung, die erkannt werden soll, z. B. 0.2 für +20 % oder "
           "-0.1 für einen Rückgang um 10 % (die neue Rate muss unter 1 bleiben).",
     .fr = "La variation relative à détecter, par exemple 0.2 pour +20 % ou -0.1 pour une "
           "baisse de 10 % (le nouveau taux doit rester inférieur à 1).",
     .es = "El cambio relativo que quieres detectar, p. ej. 0.2 para +20 % o -0.1 para "
           "una bajada del 10 % (la nueva tasa debe quedar por debajo de 1)."}};

inline constexpr Parameter alpha_parameter{
    "alpha", ArgumentKind::number, true,
    {.en = "Optional significance level (default 0.05), for a two-sided test.",
     .de = "Optional: Signifikanzniveau (Standard 0.05), für einen zweiseitigen Test.",
     .fr = "Facultatif : seuil de signification (0.05 par défaut), pour un test bilatéral.",
     .es = "Opcional: nivel de significación (por defecto 0.05), para una prueba bilateral."}};

inline constexpr Parameter power_parameter{
    "power", ArgumentKind::number, true,
    {.en = "Optional power, the chance of detecting a real lift (default 0.8).",
     .de = "Optional: Teststärke, die Wahrscheinlichkeit, einen echten Uplift zu "
           "erkennen (Standard 0.8).",
     .fr = "Facultatif : puissance, la probabilité de détecter une hausse réelle (0.8 "
           "par défaut).",
     .es = "Opcional: potencia, la probabilidad de detectar un aumento real (por "
           "defecto 0.8)."}};

inline constexpr Parameter variants_parameter{
    "variants", ArgumentKind::number, true,
    {.en = "Optional number of variants, the control included (default 2). Each is compared with "
           "the control, and alpha is divided among the comparisons (Bonferroni).",
     .de = "Optional: Anzahl der Varianten einschließlich der Kontrolle (Standard 2). Jede wird mit "
           "der Kontrolle verglichen, und alpha wird auf die Vergleiche aufgeteilt (Bonferroni).",
     .fr = "Facultatif : nombre de variantes, témoin compris (2 par défaut). Chacune est comparée "
           "au témoin et alpha est réparti entre les comparaisons (Bonferroni).",
     .es = "Opcional: número de variantes, incluido el control (por defecto 2). Cada una se "
           "compara con el control y alpha se reparte entre las comparaciones (Bonferroni)."}};

inline constexpr std::array statistics_functions{
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
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);IF(SUM({2})=0;1/0;"
                     "IF(OR(SUM({1})>SUM({2});{3=0.95}<=0;{3=0.95}>=1);SQRT(-1);IF(SUM({1})=0;0;"
                     "MAX(0;MIN(1;"
                     "(SUM({1})/SUM({2})+NORM.S.INV(1-(1-{3=0.95})/2)^2/SUM({2})/2)/(1+NORM.S.INV"
                     "(1-(1-{3=0.95})/2)^2/SUM({2}))-NORM.S.INV(1-(1-{3=0.95})/2)/(1+NORM.S.INV(1"
                     "-(1-{3=0.95})/2)^2/SUM({2}))*SQRT(SUM({1})/SUM({2})*(1-SUM({1})/SUM({2}))/S"
                     "UM({2})+NORM.S.INV(1-(1-{3=0.95})/2)^2/SUM({2})/(4*SUM({2})))))))))",
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
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);IF(SUM({2})=0;1/0;"
                     "IF(OR(SUM({1})>SUM({2});{3=0.95}<=0;{3=0.95}>=1);SQRT(-1);"
                     "IF(SUM({1})=SUM({2});1;MAX(0;MIN(1;"
                     "(SUM({1})/SUM({2})+NORM.S.INV(1-(1-{3=0.95})/2)^2/SUM({2})/2)/(1+NORM.S.INV"
                     "(1-(1-{3=0.95})/2)^2/SUM({2}))+NORM.S.INV(1-(1-{3=0.95})/2)/(1+NORM.S.INV(1"
                     "-(1-{3=0.95})/2)^2/SUM({2}))*SQRT(SUM({1})/SUM({2})*(1-SUM({1})/SUM({2}))/S"
                     "UM({2})+NORM.S.INV(1-(1-{3=0.95})/2)^2/SUM({2})/(4*SUM({2})))))))))",
    },
    Function{
        .name = "CONVPVALUE",
        .parameters = {
            conv_a_parameter, trials_a_parameter, conv_b_parameter, trials_b_parameter,
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
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);IF(SUM({2})=0;1/0;"
                     "IF(SUM({1})>SUM({2});SQRT(-1);IF(OR(SUM({3})<0;SUM({4})<0);SQRT(-1);"
                     "IF(SUM({4})=0;1/0;IF(SUM({3})>SUM({4});SQRT(-1);"
                     "IF((SUM({1})+SUM({3}))/(SUM({2})+SUM({4}))*(1-(SUM({1})+SUM({3}))/(SUM({2})"
                     "+SUM({4})))*(1/SUM({2})+1/SUM({4}))<=0;1;MIN(1;"
                     "2*NORM.S.DIST(-ABS((SUM({1})/SUM({2})-SUM({3})/SUM({4}))/SQRT((SUM({1})+SUM"
                     "({3}))/(SUM({2})+SUM({4}))*(1-(SUM({1})+SUM({3}))/(SUM({2})+SUM({4})))*(1/S"
                     "UM({2})+1/SUM({4}))));TRUE())))))))))",
    },
    Function{
        .name = "SAMPLESIZE",
        .parameters = {
            base_rate_parameter, relative_lift_parameter,
            alpha_parameter, power_parameter,
            variants_parameter,
            {"sides", ArgumentKind::number, true,
             {.en = "Optional: 2 for a two-sided test (the default), 1 for a one-sided test of the "
                    "lift's direction only.",
              .de = "Optional: 2 für einen zweiseitigen Test (Standard), 1 für einen einseitigen "
                    "Test nur in Richtung des Uplifts.",
              .fr = "Facultatif : 2 pour un test bilatéral (par défaut), 1 pour un test "
                    "unilatéral dans le seul sens de la hausse.",
              .es = "Opcional: 2 para una prueba bilateral (por defecto), 1 para una prueba "
                    "unilateral solo en la dirección del cambio."}},
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
                          "(p2-p1)^2 with p2 = p1 (1+lift), rounded up. With more than two "
                          "variants alpha is divided by the comparisons with the control "
                          "(Bonferroni: valid whatever their correlation, and checkable by hand); "
                          "one-sided uses z(1-alpha). Decide it before the test starts and judge "
                          "only once it is reached.",
                    .de = "Normalapproximation ohne Stetigkeitskorrektur: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 mit p2 = p1 (1+lift), aufgerundet. Bei mehr als zwei "
                          "Varianten wird alpha durch die Zahl der Vergleiche mit der Kontrolle "
                          "geteilt (Bonferroni: gültig, wie auch immer sie zusammenhängen, und von "
                          "Hand nachprüfbar); einseitig gilt z(1-alpha). Legen Sie die Größe vor "
                          "dem Teststart fest und werten Sie erst aus, wenn sie erreicht ist.",
                    .fr = "Approximation normale sans correction de continuité : n = "
                          "(z(1-alpha/2) sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 "
                          "(1-p2)))^2 / (p2-p1)^2 avec p2 = p1 (1+lift), arrondi à l'entier "
                          "supérieur. Au-delà de deux variantes, alpha est divisé par le nombre "
                          "de comparaisons avec le témoin (Bonferroni : valable quelle que soit "
                          "leur corrélation, et vérifiable à la main) ; en unilatéral, z(1-alpha). "
                          "Fixez-la avant le début du test et ne concluez qu'une fois qu'elle est "
                          "atteinte.",
                    .es = "Aproximación normal sin corrección de continuidad: n = (z(1-alpha/2) "
                          "sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1 (1-p1) + p2 (1-p2)))^2 / "
                          "(p2-p1)^2 con p2 = p1 (1+lift), redondeado hacia arriba. Con más de "
                          "dos variantes, alpha se divide entre las comparaciones con el control "
                          "(Bonferroni: válido sea cual sea su correlación, y comprobable a mano); "
                          "en unilateral, z(1-alpha). Fija el tamaño antes de empezar el test y "
                          "saca conclusiones solo cuando se alcance."},
        .example = "=SAMPLESIZE(0.1;0.2)",
        .example_result = "3841",
        .shared_as = "IF(OR({1}<=0;{1}>=1;{3=0.05}<=0;{3=0.05}>=1;{4=0.8}<=0;{4=0.8}>=1;{2}=0;"
                     "{2}<=-1;{1}*(1+{2})>=1;{5=2}<2;{5=2}<>INT({5=2});AND({6=2}<>1;{6=2}<>2));"
                     "SQRT(-1);"
                     "ROUNDUP((NORM.S.INV(1-{3=0.05}/({5=2}-1)/{6=2})*SQRT(2*({1}+{1}*(1+{2}))/2*"
                     "(1-({1}+{1}*(1+{2}))/2))+NORM.S.INV({4=0.8})*SQRT({1}*(1-{1})+{1}*(1+{2})*"
                     "(1-{1}*(1+{2}))))^2/({1}*(1+{2})-{1})^2*(1-1E-9);0))",
    },
    Function{
        .name = "COUNTLOW",
        .parameters = {event_count_parameter, confidence_parameter},
        .summary = {.en = "Lower bound of the exact Poisson confidence interval of a count.",
                    .de = "Untergrenze des exakten Poisson-Konfidenzintervalls einer Anzahl.",
                    .fr = "Borne inférieure de l'intervalle de confiance exact de Poisson d'un "
                          "comptage.",
                    .es = "Límite inferior del intervalo de confianza exacto de Poisson de un "
                          "recuento."},
        .details = {.en = "chi2(alpha/2; 2k) / 2, alpha = 1 - confidence, 0 for a count of 0: the "
                          "exact (Garwood 1936) interval. 10 leads in a month are consistent with "
                          "a true rate of 4.8 to 18.4, so a move from 8 to 12 is not yet a trend. "
                          "The count must be a whole number (Err:502).",
                    .de = "chi2(alpha/2; 2k) / 2, alpha = 1 - confidence, 0 bei einer Anzahl von "
                          "0: das exakte Intervall (Garwood 1936). 10 Leads in einem Monat sind "
                          "mit einer wahren Rate von 4.8 bis 18.4 vereinbar; ein Sprung von 8 auf "
                          "12 ist also noch kein Trend. Die Anzahl muss ganzzahlig sein "
                          "(Err:502).",
                    .fr = "chi2(alpha/2; 2k) / 2, alpha = 1 - confidence, 0 pour un comptage de "
                          "0 : l'intervalle exact (Garwood 1936). 10 leads en un mois sont "
                          "compatibles avec un taux réel de 4.8 à 18.4 ; passer de 8 à 12 n'est "
                          "donc pas encore une tendance. Le comptage doit être un nombre entier "
                          "(Err:502).",
                    .es = "chi2(alpha/2; 2k) / 2, alpha = 1 - confidence, 0 para un recuento de "
                          "0: el intervalo exacto (Garwood 1936). 10 leads en un mes son "
                          "compatibles con una tasa real de 4.8 a 18.4, así que pasar de 8 a 12 "
                          "aún no es una tendencia. El recuento debe ser un número entero "
                          "(Err:502)."},
        .example = "=COUNTLOW(10)",
        .example_result = "4.7954",
        .shared_as = "IF(OR(SUM({1})<0;SUM({1})<>INT(SUM({1}));{2=0.95}<=0;{2=0.95}>=1);SQRT(-1);"
                     "IF(SUM({1})=0;0;CHISQ.INV((1-{2=0.95})/2;2*SUM({1}))/2))",
    },
    Function{
        .name = "COUNTHIGH",
        .parameters = {event_count_parameter, confidence_parameter},
        .summary = {.en = "Upper bound of the exact Poisson confidence interval of a count.",
                    .de = "Obergrenze des exakten Poisson-Konfidenzintervalls einer Anzahl.",
                    .fr = "Borne supérieure de l'intervalle de confiance exact de Poisson d'un "
                          "comptage.",
                    .es = "Límite superior del intervalo de confianza exacto de Poisson de un "
                          "recuento."},
        .details = {.en = "chi2(1 - alpha/2; 2k + 2) / 2; see COUNTLOW. A month with 0 leads "
                          "still allows a true rate of up to 3.69 a month at 95%: zero is not "
                          "proof that the channel is dead.",
                    .de = "chi2(1 - alpha/2; 2k + 2) / 2; siehe COUNTLOW. Ein Monat mit 0 Leads "
                          "lässt bei 95 % noch eine wahre Rate von bis zu 3.69 pro Monat zu: Null "
                          "beweist nicht, dass der Kanal tot ist.",
                    .fr = "chi2(1 - alpha/2; 2k + 2) / 2 ; voir COUNTLOW. Un mois à 0 lead "
                          "laisse encore possible un taux réel allant jusqu'à 3.69 par mois à "
                          "95 % : zéro ne prouve pas que le canal est mort.",
                    .es = "chi2(1 - alpha/2; 2k + 2) / 2; consulta COUNTLOW. Un mes con 0 leads "
                          "todavía admite una tasa real de hasta 3.69 al mes al 95 %: cero no "
                          "demuestra que el canal esté muerto."},
        .example = "=COUNTHIGH(0)",
        .example_result = "3.6889",
        .shared_as = "IF(OR(SUM({1})<0;SUM({1})<>INT(SUM({1}));{2=0.95}<=0;{2=0.95}>=1);SQRT(-1);"
                     "CHISQ.INV(1-(1-{2=0.95})/2;2*SUM({1})+2)/2)",
    },
};

} // namespace goalpost::catalogue
