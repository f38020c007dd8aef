// Catalogue entries: the role of a statement in a plan, and the audit of a whole plan.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter statements_parameter{
    "statements", ArgumentKind::texts, false,
    {.en = "The plan's statements: a column or row of objectives, key results, success "
           "indicators and tactics; blank cells are skipped.",
     .de = "Die Aussagen des Plans: eine Spalte oder Zeile mit Zielen, Key Results, "
           "Erfolgsindikatoren und Maßnahmen; leere Zellen werden übersprungen.",
     .fr = "Les énoncés du plan : une colonne ou une ligne d'objectifs, de résultats clés, "
           "d'indicateurs de succès et de tactiques ; les cellules vides sont ignorées.",
     .es = "Las declaraciones del plan: una columna o fila de objetivos, resultados clave, "
           "indicadores de éxito y tácticas; las celdas vacías se omiten."}};

inline constexpr Parameter kinds_parameter{
    "kinds", ArgumentKind::texts, true,
    {.en = "Optional: the role each statement is meant to play, same size as statements: "
           "objective, key result, success indicator or tactic.",
     .de = "Optional: die vorgesehene Rolle jeder Aussage, gleich groß wie statements: "
           "objective, key result, success indicator oder tactic.",
     .fr = "Facultatif : le rôle prévu de chaque énoncé, de même taille que statements : "
           "objective, key result, success indicator ou tactic.",
     .es = "Opcional: el papel previsto de cada declaración, del mismo tamaño que statements: "
           "objective, key result, success indicator o tactic."}};

inline constexpr std::array strategy_functions{
    Function{
        .name = "STATEMENTKIND",
        .result = ResultKind::value,
        .parameters = {{"statement", ArgumentKind::text, false,
                        {.en = "One statement of a marketing plan.",
                         .de = "Eine Aussage eines Marketingplans.",
                         .fr = "Un énoncé d'un plan marketing.",
                         .es = "Una declaración de un plan de marketing."}}},
        .summary = {.en = "The role a statement plays in a plan: objective, key result, success "
                          "indicator or tactic.",
                    .de = "Die Rolle einer Aussage im Plan: objective (Ziel), key result, success "
                          "indicator (Erfolgsindikator) oder tactic (Maßnahme).",
                    .fr = "Le rôle d'un énoncé dans un plan : objective (objectif), key result "
                          "(résultat clé), success indicator (indicateur) ou tactic (tactique).",
                    .es = "El papel de una declaración en un plan: objective (objetivo), key "
                          "result (resultado clave), success indicator (indicador) o tactic "
                          "(táctica)."},
        .details = {.en = "Rules in order: led by an activity verb (launch, post, run) is a "
                          "tactic; with a number it is a key result; a metric without a number "
                          "or verb, or with track/monitor, is a success indicator; the rest, a "
                          "direction or focus without a number, is an objective. SMARTSCORE is "
                          "the test of key results, not of objectives (docs/strategy-rubric.md).",
                    .de = "Regeln der Reihe nach: beginnt mit einem Tätigkeitsverb (launch, post, "
                          "run) = Maßnahme; mit Zahl = Key Result; eine Kennzahl ohne Zahl und "
                          "Verb oder mit track/monitor = Erfolgsindikator; der Rest, eine "
                          "Richtung ohne Zahl, ist ein Ziel. SMARTSCORE prüft Key Results, nicht "
                          "Ziele.",
                    .fr = "Règles dans l'ordre : commence par un verbe d'action (launch, post, "
                          "run) = tactique ; avec un chiffre = résultat clé ; un indicateur sans "
                          "chiffre ni verbe, ou avec track/monitor = indicateur de succès ; le "
                          "reste, une direction sans chiffre, est un objectif. SMARTSCORE évalue "
                          "les résultats clés, pas les objectifs.",
                    .es = "Reglas en orden: empieza con un verbo de actividad (launch, post, run) "
                          "= táctica; con un número = resultado clave; una métrica sin número ni "
                          "verbo, o con track/monitor = indicador de éxito; el resto, una "
                          "dirección sin número, es un objetivo. SMARTSCORE evalúa resultados "
                          "clave, no objetivos."},
        .example = "=STATEMENTKIND(\"Post on LinkedIn three times a week\")",
        .example_result = "tactic",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "PLANAUDIT",
        .result = ResultKind::value,
        .parameters = {statements_parameter, kinds_parameter},
        .summary = {.en = "The findings on a plan's structure, one per line, each naming the "
                          "statement and how to fix it; empty when there are none.",
                    .de = "Die Befunde zur Struktur eines Plans, einer pro Zeile, jeweils mit der "
                          "Aussage und der Abhilfe; leer, wenn es keine gibt.",
                    .fr = "Les constats sur la structure d'un plan, un par ligne, chacun avec "
                          "l'énoncé concerné et la correction ; vide s'il n'y en a pas.",
                    .es = "Los hallazgos sobre la estructura de un plan, uno por línea, cada uno "
                          "con la declaración y cómo corregirla; vacío si no hay ninguno."},
        .details = {.en = "Reports more than 3 objectives, objectives that are tactics, key "
                          "results without a number or time frame, no key result at "
                          "lead-quality or business level, no success indicators, volume-only "
                          "lead targets, duplicated statements and, with kinds, wording that "
                          "does not fit the stated role. Wrap text in the cell to read the lines.",
                    .de = "Meldet mehr als 3 Ziele, Ziele, die Maßnahmen sind, Key Results ohne "
                          "Zahl oder Frist, kein Key Result auf Lead-Qualitäts- oder "
                          "Geschäftsebene, fehlende Erfolgsindikatoren, reine Lead-Mengenziele, "
                          "doppelte Aussagen und, mit kinds, Formulierungen, die nicht zur Rolle "
                          "passen. Zeilenumbruch in der Zelle aktivieren.",
                    .fr = "Signale plus de 3 objectifs, des objectifs qui sont des tactiques, des "
                          "résultats clés sans chiffre ni échéance, aucun résultat clé au niveau "
                          "qualité des leads ou business, l'absence d'indicateurs, des objectifs "
                          "de volume de leads seul, les doublons et, avec kinds, les formulations "
                          "qui ne correspondent pas au rôle. Activer le retour à la ligne.",
                    .es = "Señala más de 3 objetivos, objetivos que son tácticas, resultados "
                          "clave sin número o sin plazo, ningún resultado clave a nivel de "
                          "calidad de leads o de negocio, falta de indicadores, metas de solo "
                          "volumen de leads, declaraciones duplicadas y, con kinds, redacciones "
                          "que no encajan con su papel. Active el ajuste de texto."},
        .example = "=PLANAUDIT(A2:A9;B2:B9)",
        .example_result = "No success indicators: add the leading metrics ...",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "PLANSCORE",
        .parameters = {statements_parameter, kinds_parameter},
        .summary = {.en = "How sound a plan's structure is, 0 to 100, by the written rubric.",
                    .de = "Wie solide die Struktur eines Plans ist, 0 bis 100, nach der "
                          "dokumentierten Bewertung.",
                    .fr = "La solidité de la structure d'un plan, de 0 à 100, selon la grille "
                          "documentée.",
                    .es = "Lo sólida que es la estructura de un plan, de 0 a 100, según la "
                          "rúbrica documentada."},
        .details = {.en = "100 minus a deduction per PLANAUDIT finding: no key result 25, no "
                          "business-level key result 20, too many objectives or no objective 15, "
                          "each objective that is a tactic or key result without a number or "
                          "time frame 10, no success indicators 10, each volume-only lead "
                          "target, duplicate or role mismatch 5; at most 30 per kind of finding.",
                    .de = "100 minus Abzug je PLANAUDIT-Befund: kein Key Result 25, kein Key "
                          "Result auf Geschäftsebene 20, zu viele oder keine Ziele 15, je Ziel als "
                          "Maßnahme oder Key Result ohne Zahl oder Frist 10, keine "
                          "Erfolgsindikatoren 10, je reines Lead-Mengenziel, Dublette oder "
                          "Rollenabweichung 5; höchstens 30 je Befundart.",
                    .fr = "100 moins une pénalité par constat de PLANAUDIT : aucun résultat clé "
                          "25, aucun résultat clé business 20, trop ou pas d'objectifs 15, chaque "
                          "objectif-tactique ou résultat clé sans chiffre ni échéance 10, aucun "
                          "indicateur 10, chaque objectif de volume de leads, doublon ou rôle "
                          "incohérent 5 ; au plus 30 par type de constat.",
                    .es = "100 menos una deducción por hallazgo de PLANAUDIT: ningún resultado "
                          "clave 25, ningún resultado clave de negocio 20, demasiados objetivos o "
                          "ninguno 15, cada objetivo-táctica o resultado clave sin número o plazo "
                          "10, sin indicadores 10, cada meta de solo volumen de leads, duplicado o "
                          "papel incoherente 5; como máximo 30 por tipo de hallazgo."},
        .example = "=PLANSCORE(A2:A9;B2:B9)",
        .example_result = "85",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
};

} // namespace goalpost::catalogue
