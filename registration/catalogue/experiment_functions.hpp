// Catalogue entries: experiments that can be trusted and stopped. Whether the traffic split went
// as planned, how likely B beats A and what choosing B risks, and what a test can detect.
#pragma once

#include "catalogue_types.hpp"
#include "statistics_functions.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter prior_alpha_parameter{
    "prior_alpha", ArgumentKind::number, true,
    {.en = "Optional alpha of the Beta prior of both rates, a whole number of 1 or more (default "
           "1: uniform, no opinion).",
     .de = "Optional: alpha der Beta-A-priori-Verteilung beider Raten, eine ganze Zahl ab 1 "
           "(Standard 1: gleichverteilt, ohne Vorannahme).",
     .fr = "Facultatif : alpha de la loi a priori Bêta des deux taux, un entier d'au moins 1 (1 "
           "par défaut : uniforme, sans a priori).",
     .es = "Opcional: alpha de la distribución a priori Beta de ambas tasas, un entero de 1 o "
           "más (por defecto 1: uniforme, sin opinión previa)."}};

inline constexpr Parameter prior_beta_parameter{
    "prior_beta", ArgumentKind::number, true,
    {.en = "Optional beta of the Beta prior of both rates, a whole number of 1 or more (default "
           "1).",
     .de = "Optional: beta der Beta-A-priori-Verteilung beider Raten, eine ganze Zahl ab 1 "
           "(Standard 1).",
     .fr = "Facultatif : bêta de la loi a priori Bêta des deux taux, un entier d'au moins 1 (1 "
           "par défaut).",
     .es = "Opcional: beta de la distribución a priori Beta de ambas tasas, un entero de 1 o más "
           "(por defecto 1)."}};

inline constexpr std::array experiment_functions{
    Function{
        .name = "SRMPVALUE",
        .parameters = {
            {"observed", ArgumentKind::list, false,
             {.en = "Visitors (or users) counted in each variant: a row or column of two or more "
                    "whole numbers.",
              .de = "Gezählte Besucher (oder Nutzer) je Variante: eine Zeile oder Spalte mit zwei "
                    "oder mehr ganzen Zahlen.",
              .fr = "Visiteurs (ou utilisateurs) comptés dans chaque variante : une ligne ou une "
                    "colonne d'au moins deux nombres entiers.",
              .es = "Visitantes (o usuarios) contados en cada variante: una fila o columna de dos "
                    "o más números enteros."}},
            {"planned_shares", ArgumentKind::list, true,
             {.en = "Optional planned share of each variant, e.g. {50;50} or {0.1;0.9}; "
                    "normalised by their sum (default an even split).",
              .de = "Optional: geplanter Anteil jeder Variante, z. B. {50;50} oder {0.1;0.9}; "
                    "wird auf die Summe normiert (Standard: gleichmäßige Aufteilung).",
              .fr = "Facultatif : part prévue de chaque variante, par exemple {50;50} ou "
                    "{0.1;0.9} ; rapportée à leur somme (par défaut une répartition égale).",
              .es = "Opcional: proporción prevista de cada variante, p. ej. {50;50} o {0.1;0.9}; "
                    "se normaliza por su suma (por defecto, un reparto igual)."}},
        },
        .summary = {.en = "p-value of a sample-ratio mismatch: did the traffic split go as "
                          "planned?",
                    .de = "p-Wert einer Sample-Ratio-Mismatch-Prüfung: Wurde der Traffic wie "
                          "geplant aufgeteilt?",
                    .fr = "Valeur p d'un déséquilibre de répartition (SRM) : le trafic a-t-il été "
                          "réparti comme prévu ?",
                    .es = "Valor p de un desajuste de reparto (SRM): ¿se repartió el tráfico como "
                          "estaba previsto?"},
        .details = {.en = "Pearson's chi-square goodness-of-fit test of the counts against the "
                          "planned shares, variants - 1 degrees of freedom. Below 0.001 the split "
                          "is broken (a redirect, a bot filter, a tracking bug) and the test's "
                          "conversion results must not be read, however significant they look "
                          "(Fabijan et al. 2019).",
                    .de = "Chi-Quadrat-Anpassungstest nach Pearson der Zählungen gegen die "
                          "geplanten Anteile, Varianten - 1 Freiheitsgrade. Unter 0.001 ist die "
                          "Aufteilung kaputt (eine Weiterleitung, ein Bot-Filter, ein "
                          "Tracking-Fehler) und die Conversion-Ergebnisse des Tests dürfen nicht "
                          "gelesen werden, so signifikant sie auch aussehen (Fabijan et al. 2019).",
                    .fr = "Test d'adéquation du khi-deux de Pearson des effectifs face aux parts "
                          "prévues, variantes - 1 degrés de liberté. Sous 0.001, la répartition "
                          "est cassée (une redirection, un filtre anti-robots, un bogue de suivi) "
                          "et les résultats de conversion du test ne doivent pas être lus, aussi "
                          "significatifs soient-ils (Fabijan et al. 2019).",
                    .es = "Prueba de bondad de ajuste chi-cuadrado de Pearson de los recuentos "
                          "frente a las proporciones previstas, variantes - 1 grados de libertad. "
                          "Por debajo de 0.001 el reparto está roto (una redirección, un filtro de "
                          "bots, un fallo de medición) y los resultados de conversión del test no "
                          "deben leerse, por significativos que parezcan (Fabijan et al. 2019)."},
        .example = "=SRMPVALUE({5000;5200})",
        .example_result = "0.0477 (chi-square 3.92 on 1 degree of freedom)",
        .frozen_because = "it reads a list of any length and shares that default to an even "
                          "split; the chi-square over such a list needs array arithmetic that "
                          "the spreadsheets evaluate differently in a single-cell formula",
    },
    Function{
        .name = "PROBBEATS",
        .parameters = {conv_a_parameter, trials_a_parameter, conv_b_parameter, trials_b_parameter,
                       prior_alpha_parameter, prior_beta_parameter},
        .summary = {.en = "Probability that B's conversion rate is above A's (Bayesian, Beta "
                          "posteriors).",
                    .de = "Wahrscheinlichkeit, dass die Conversion-Rate von B über der von A "
                          "liegt (bayesianisch, Beta-Verteilungen).",
                    .fr = "Probabilité que le taux de conversion de B dépasse celui de A "
                          "(bayésien, lois a posteriori Bêta).",
                    .es = "Probabilidad de que la tasa de conversión de B supere a la de A "
                          "(bayesiano, distribuciones a posteriori Beta)."},
        .details = {.en = "P(rate B > rate A) with each rate Beta(prior_alpha + conversions, "
                          "prior_beta + trials - conversions). Computed exactly, not simulated: "
                          "Evan Miller's closed-form sum (2015), which needs whole priors. 0.95 "
                          "is not a stopping rule on its own: pair it "
                          "with EXPECTEDLOSS and a sample size fixed in advance.",
                    .de = "P(Rate B > Rate A), jede Rate Beta(prior_alpha + Conversions, "
                          "prior_beta + Versuche - Conversions). Exakt berechnet, nicht simuliert: "
                          "die geschlossene Summe von Evan Miller (2015), die ganzzahlige "
                          "A-priori-Werte braucht. 0.95 ist allein keine "
                          "Abbruchregel: zusammen mit EXPECTEDLOSS und einer vorab festgelegten "
                          "Stichprobengröße verwenden.",
                    .fr = "P(taux B > taux A), chaque taux suivant Bêta(prior_alpha + "
                          "conversions, prior_beta + essais - conversions). Calcul exact, sans "
                          "simulation : la somme fermée d'Evan Miller (2015), qui demande des a "
                          "priori entiers. 0.95 n'est pas à lui seul "
                          "une règle d'arrêt : à combiner avec EXPECTEDLOSS et une taille "
                          "d'échantillon fixée à l'avance.",
                    .es = "P(tasa B > tasa A), cada tasa Beta(prior_alpha + conversiones, "
                          "prior_beta + intentos - conversiones). Cálculo exacto, sin simulación: "
                          "la suma cerrada de Evan Miller (2015), que necesita priors enteros. "
                          "0.95 no es por sí solo una regla de "
                          "parada: úsalo junto con EXPECTEDLOSS y un tamaño de muestra fijado de "
                          "antemano."},
        .example = "=PROBBEATS(10;100;15;100)",
        .example_result = "0.853 (Miller's sum: 11 terms)",
        .frozen_because = "its exact value is a sum with as many terms as conversions, which no "
                          "fixed formula of spreadsheet functions computes",
    },
    Function{
        .name = "EXPECTEDLOSS",
        .parameters = {conv_a_parameter, trials_a_parameter, conv_b_parameter, trials_b_parameter,
                       prior_alpha_parameter, prior_beta_parameter},
        .summary = {.en = "Expected loss of choosing B: the conversion rate given up if A is "
                          "really better.",
                    .de = "Erwarteter Verlust bei Wahl von B: die Conversion-Rate, die verloren "
                          "geht, falls A in Wahrheit besser ist.",
                    .fr = "Perte attendue si l'on choisit B : le taux de conversion perdu si A est "
                          "en réalité meilleur.",
                    .es = "Pérdida esperada al elegir B: la tasa de conversión que se pierde si A "
                          "es en realidad mejor."},
        .details = {.en = "E[max(rate A - rate B, 0)] under the posteriors of PROBBEATS, in "
                          "conversion-rate units: 0.001 is a tenth of a percentage point. A "
                          "stopping rule (Stucchio 2015): choose B once this falls below the loss "
                          "you accept, e.g. 1% of the base rate.",
                    .de = "E[max(Rate A - Rate B, 0)] unter den Verteilungen von PROBBEATS, in "
                          "Einheiten der Conversion-Rate: 0.001 ist ein Zehntel Prozentpunkt. "
                          "Eine Abbruchregel (Stucchio 2015): B wählen, sobald der Wert unter den "
                          "Verlust fällt, den Sie hinnehmen, z. B. 1 % der Basisrate.",
                    .fr = "E[max(taux A - taux B, 0)] sous les lois de PROBBEATS, en unités de "
                          "taux de conversion : 0.001 vaut un dixième de point de pourcentage. "
                          "Une règle d'arrêt (Stucchio 2015) : choisir B dès que la valeur passe "
                          "sous la perte acceptée, par exemple 1 % du taux de base.",
                    .es = "E[max(tasa A - tasa B, 0)] bajo las distribuciones de PROBBEATS, en "
                          "unidades de tasa de conversión: 0.001 es una décima de punto "
                          "porcentual. Una regla de parada (Stucchio 2015): elige B cuando baje "
                          "de la pérdida que aceptas, p. ej. el 1 % de la tasa base."},
        .example = "=EXPECTEDLOSS(10;100;15;100)",
        .example_result = "0.00358",
        .frozen_because = "it is built from the same exact sums as PROBBEATS, which no fixed "
                          "formula of spreadsheet functions computes",
    },
    Function{
        .name = "MINLIFT",
        .parameters = {base_rate_parameter,
                       {"n_per_group", ArgumentKind::number, false,
                        {.en = "Trials each variant gets (visitors, leads).",
                         .de = "Versuche, die jede Variante bekommt (Besucher, Leads).",
                         .fr = "Essais que reçoit chaque variante (visiteurs, leads).",
                         .es = "Intentos que recibe cada variante (visitantes, leads)."}},
                       alpha_parameter, power_parameter, variants_parameter},
        .summary = {.en = "Smallest relative lift a test with n trials per variant can detect.",
                    .de = "Kleinster relativer Uplift, den ein Test mit n Versuchen pro Variante "
                          "erkennen kann.",
                    .fr = "Plus petite hausse relative qu'un test à n essais par variante peut "
                          "détecter.",
                    .es = "Menor aumento relativo que puede detectar un test con n intentos por "
                          "variante."},
        .details = {.en = "The inverse of SAMPLESIZE: the lift at which SAMPLESIZE's unrounded n "
                          "equals n_per_group, two-sided, with the same Bonferroni division for "
                          "more variants. If the lift you hope for is below it, the test cannot "
                          "tell it from noise: run it longer or test a bolder change.",
                    .de = "Die Umkehrung von SAMPLESIZE: der Uplift, bei dem das ungerundete n von "
                          "SAMPLESIZE gleich n_per_group ist, zweiseitig, mit derselben "
                          "Bonferroni-Teilung bei mehr Varianten. Liegt der erhoffte Uplift "
                          "darunter, kann der Test ihn nicht von Rauschen unterscheiden: länger "
                          "laufen lassen oder eine mutigere Änderung testen.",
                    .fr = "L'inverse de SAMPLESIZE : la hausse pour laquelle le n non arrondi de "
                          "SAMPLESIZE vaut n_per_group, en bilatéral, avec la même division de "
                          "Bonferroni pour plus de variantes. Si la hausse espérée est en dessous, "
                          "le test ne peut pas la distinguer du bruit : le prolonger ou tester un "
                          "changement plus marqué.",
                    .es = "La inversa de SAMPLESIZE: el aumento para el que la n sin redondear de "
                          "SAMPLESIZE es igual a n_per_group, bilateral, con la misma división de "
                          "Bonferroni para más variantes. Si el aumento que esperas está por "
                          "debajo, el test no puede distinguirlo del ruido: alárgalo o prueba un "
                          "cambio más ambicioso."},
        .example = "=MINLIFT(0.05;8158)",
        .example_result = "0.2 (SAMPLESIZE(0.05;0.2) is 8158)",
        .frozen_because = "it solves SAMPLESIZE's formula for the lift by bisection, which no "
                          "fixed formula of spreadsheet functions does",
    },
    Function{
        .name = "TESTDAYS",
        .parameters = {base_rate_parameter, relative_lift_parameter,
                       {"daily_visitors", ArgumentKind::number, false,
                        {.en = "Visitors entering the test per day, all variants together.",
                         .de = "Besucher, die pro Tag in den Test kommen, alle Varianten "
                               "zusammen.",
                         .fr = "Visiteurs entrant dans le test par jour, toutes variantes "
                               "confondues.",
                         .es = "Visitantes que entran en el test al día, todas las variantes "
                               "juntas."}},
                       variants_parameter, alpha_parameter, power_parameter},
        .summary = {.en = "Whole days a test needs to detect a relative lift.",
                    .de = "Ganze Tage, die ein Test braucht, um einen relativen Uplift zu "
                          "erkennen.",
                    .fr = "Nombre de jours entiers qu'il faut à un test pour détecter une hausse "
                          "relative.",
                    .es = "Días completos que necesita un test para detectar un aumento "
                          "relativo."},
        .details = {.en = "SAMPLESIZE per variant times the variants, divided by the daily "
                          "visitors and rounded up. Run whole weeks where weekdays differ, and "
                          "judge the test only when the days are over.",
                    .de = "SAMPLESIZE pro Variante mal Zahl der Varianten, geteilt durch die "
                          "täglichen Besucher und aufgerundet. Bei Unterschieden zwischen "
                          "Wochentagen ganze Wochen laufen lassen und erst nach Ablauf der Tage "
                          "auswerten.",
                    .fr = "SAMPLESIZE par variante multiplié par le nombre de variantes, divisé "
                          "par les visiteurs quotidiens et arrondi à l'entier supérieur. Quand les "
                          "jours de la semaine diffèrent, compter des semaines entières, et ne "
                          "juger le test qu'une fois les jours écoulés.",
                    .es = "SAMPLESIZE por variante por el número de variantes, dividido entre los "
                          "visitantes diarios y redondeado hacia arriba. Si los días de la semana "
                          "difieren, cuenta semanas completas, y juzga el test solo cuando hayan "
                          "pasado los días."},
        .example = "=TESTDAYS(0.05;0.2;1000)",
        .example_result = "17 (2 x 8158 / 1000 = 16.3)",
        .shared_as = "IF(OR({3}<0;{1}<=0;{1}>=1;{5=0.05}<=0;{5=0.05}>=1;{6=0.8}<=0;{6=0.8}>=1;"
                     "{2}=0;{2}<=-1;{1}*(1+{2})>=1;{4=2}<2;{4=2}<>INT({4=2}));SQRT(-1);"
                     "IF({3}=0;1/0;ROUNDUP(ROUNDUP((NORM.S.INV(1-{5=0.05}/({4=2}-1)/2)*SQRT(2*"
                     "({1}+{1}*(1+{2}))/2*(1-({1}+{1}*(1+{2}))/2))+NORM.S.INV({6=0.8})*SQRT({1}*"
                     "(1-{1})+{1}*(1+{2})*(1-{1}*(1+{2}))))^2/({1}*(1+{2})-{1})^2*(1-1E-9);0)*"
                     "{4=2}/{3}*(1-1E-9);0)))",
    },
};

} // namespace goalpost::catalogue
