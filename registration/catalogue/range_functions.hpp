// Catalogue entries: whole-range forms. Calc calls an add-in once per cell through UNO
// reflection (about 2 µs a call); these take a whole column in one call and return a column of
// results, entered as an array formula over the result cells.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr std::array range_functions{
    Function{
        .name = "SMARTSCORES",
        .result = ResultKind::array,
        .parameters = {
            {"objectives", ArgumentKind::cells, false,
             {.en = "A range of cells with objectives, one per cell, e.g. A2:A10001 or the whole "
                    "column A:A (read where it holds data); not an inline array.",
              .de = "Ein Zellbereich mit Zielen, eines je Zelle, z. B. A2:A10001 oder die ganze "
                    "Spalte A:A (gelesen, wo er Daten enthält); keine Inline-Matrix.",
              .fr = "Une plage de cellules d'objectifs, un par cellule, p. ex. A2:A10001 ou toute "
                    "la colonne A:A (lue là où elle contient des données) ; pas de matrice en "
                    "ligne.",
              .es = "Un rango de celdas con objetivos, uno por celda, p. ej. A2:A10001 o la "
                    "columna entera A:A (se lee donde hay datos); no una matriz en línea."}},
            {"baselines", ArgumentKind::numbers, true,
             {.en = "Optional: today's values of the objectives' metrics, a range of the same "
                    "shape (a blank cell means no baseline) or one number for all.",
              .de = "Optional: die heutigen Werte der Kennzahlen der Ziele, ein gleich großer "
                    "Bereich (eine leere Zelle heißt: kein Ausgangswert) oder eine Zahl für alle.",
              .fr = "Facultatif : les valeurs actuelles des indicateurs des objectifs, une plage "
                    "de même forme (une cellule vide signifie aucune valeur de départ) ou un "
                    "nombre pour tous.",
              .es = "Opcional: los valores actuales de las métricas de los objetivos, un rango "
                    "de la misma forma (una celda vacía significa sin valor de partida) o un "
                    "número para todos."}},
        },
        .summary = {.en = "SMARTSCORE of every objective in a range, in one call: a column of "
                          "scores 0 to 5 (enter as an array formula).",
                    .de = "SMARTSCORE jedes Ziels eines Bereichs in einem Aufruf: eine Spalte "
                          "mit Punktzahlen von 0 bis 5 (als Matrixformel eingeben).",
                    .fr = "SMARTSCORE de chaque objectif d'une plage en un seul appel : une "
                          "colonne de notes de 0 à 5 (à saisir comme formule matricielle).",
                    .es = "SMARTSCORE de cada objetivo de un rango en una sola llamada: una "
                          "columna de puntuaciones de 0 a 5 (introducir como fórmula matricial)."},
        .details = {.en = "The same rubric as SMARTSCORE, one result per cell, in the shape of "
                          "the range. Select the result cells, type =SMARTSCORES(A2:A10001) and "
                          "press Ctrl+Shift+Enter. Calc calls an add-in once per formula, so one "
                          "call over 10,000 objectives is much faster than 10,000 SMARTSCORE "
                          "cells (docs/performance.md). An empty cell is #N/A, a number #VALUE!. The range is read "
                          "where it holds data, so a whole column or sheet answers at once; more "
                          "than 1,048,576 cells of data is Err:502, an inline array Err:504.",
                    .de = "Dieselbe Bewertung wie SMARTSCORE, ein Ergebnis pro Zelle, in der Form "
                          "des Bereichs. Ergebniszellen markieren, =SMARTSCORES(A2:A10001) eingeben "
                          "und Strg+Umschalt+Eingabe drücken. Calc ruft ein Add-in einmal pro Formel "
                          "auf, daher ist ein Aufruf über 10.000 Ziele viel schneller als 10.000 "
                          "SMARTSCORE-Zellen (docs/performance.md). Eine leere Zelle ergibt #N/A, "
                          "eine Zahl #VALUE!. Gelesen wird, wo der Bereich Daten enthält, daher "
                          "antwortet auch eine ganze Spalte oder Tabelle sofort; mehr als 1.048.576 "
                          "Zellen mit Daten ergeben Err:502, eine Inline-Matrix Err:504.",
                    .fr = "La même grille que SMARTSCORE, un résultat par cellule, dans la forme de "
                          "la plage. Sélectionnez les cellules de résultat, tapez "
                          "=SMARTSCORES(A2:A10001) et validez avec Ctrl+Maj+Entrée. Calc appelle "
                          "un add-in une fois par formule : un appel sur 10 000 objectifs est bien "
                          "plus rapide que 10 000 cellules SMARTSCORE (docs/performance.md). Une "
                          "cellule vide donne #N/A, un nombre #VALUE!. La plage est lue là où elle "
                          "contient des données : une colonne ou une feuille entière répond tout "
                          "de suite ; plus de 1 048 576 cellules de données donnent Err:502, une "
                          "matrice en ligne Err:504.",
                    .es = "La misma rúbrica que SMARTSCORE, un resultado por celda, con la forma "
                          "del rango. Seleccione las celdas de resultado, escriba "
                          "=SMARTSCORES(A2:A10001) y pulse Ctrl+Mayús+Intro. Calc llama a un "
                          "complemento una vez por fórmula, así que una llamada sobre 10.000 "
                          "objetivos es mucho más rápida que 10.000 celdas SMARTSCORE "
                          "(docs/performance.md). Una celda vacía da #N/A, un número #VALUE!. El rango "
                          "se lee donde hay datos, así que una columna u hoja entera responde al "
                          "momento; más de 1.048.576 celdas con datos da Err:502, una matriz en "
                          "línea Err:504."},
        .example = "=INDEX(SMARTSCORES(A2:A3);2;1) with A2 \"Get more leads\" and A3 \"Win 5 "
                   "customers from LinkedIn by 31 December 2027\"",
        .example_result = "5",
        .frozen_because = "its answer is words read from an objective or a plan, which no spreads"
                          "heet formula can reproduce",
    },
    Function{
        .name = "CPLS",
        .result = ResultKind::array,
        .parameters = {
            {"spend_column", ArgumentKind::cells, false,
             {.en = "Cells of money spent, one row per line item, e.g. B2:B100001 or B:B (read "
                    "where they hold data); not an inline array.",
              .de = "Zellen mit Ausgaben, eine Zeile je Posten, z. B. B2:B100001 oder B:B "
                    "(gelesen, wo sie Daten enthalten); keine Inline-Matrix.",
              .fr = "Cellules de dépenses, une ligne par poste, p. ex. B2:B100001 ou B:B (lues là "
                    "où elles contiennent des données) ; pas de matrice en ligne.",
              .es = "Celdas de gasto, una fila por partida, p. ej. B2:B100001 o B:B (se leen "
                    "donde hay datos); no una matriz en línea."}},
            {"leads_column", ArgumentKind::cells, false,
             {.en = "Cells of the leads of each row, a range of the same shape as spend_column.",
              .de = "Zellen mit den Leads jeder Zeile, ein Bereich derselben Form wie "
                    "spend_column.",
              .fr = "Cellules des leads de chaque ligne, une plage de même forme que "
                    "spend_column.",
              .es = "Celdas con los leads de cada fila, un rango de la misma forma que "
                    "spend_column."}},
        },
        .summary = {.en = "CPL of every row of two ranges, in one call: a column of spend / "
                          "leads (enter as an array formula).",
                    .de = "CPL jeder Zeile zweier Bereiche in einem Aufruf: eine Spalte mit "
                          "Ausgaben / Leads (als Matrixformel eingeben).",
                    .fr = "CPL de chaque ligne de deux plages en un seul appel : une colonne de "
                          "dépenses / leads (à saisir comme formule matricielle).",
                    .es = "CPL de cada fila de dos rangos en una sola llamada: una columna de "
                          "gasto / leads (introducir como fórmula matricial)."},
        .details = {.en = "Cell by cell what CPL gives for one row: #DIV/0! where leads are 0 "
                          "or blank, #VALUE! where a cell holds text, Err:502 for negative "
                          "values. The two ranges must have the same shape (else one Err:502). "
                          "Unlike CPL, ranges are not summed: use CPL for a campaign total. The "
                          "ranges are read where they hold data (whole columns answer at once; "
                          "more than 1,048,576 cells is Err:502; an inline array Err:504).",
                    .de = "Zelle für Zelle, was CPL für eine Zeile liefert: #DIV/0!, wo die Leads "
                          "0 oder leer sind, #VALUE! bei Text, Err:502 bei negativen Werten. Beide "
                          "Bereiche müssen dieselbe Form haben (sonst ein Err:502). Anders als bei "
                          "CPL werden Bereiche nicht summiert: für die Kampagnensumme CPL nutzen. "
                          "Gelesen wird, wo die Bereiche Daten enthalten (ganze Spalten antworten "
                          "sofort; mehr als 1.048.576 Zellen ergeben Err:502; eine Inline-Matrix "
                          "Err:504).",
                    .fr = "Cellule par cellule, ce que CPL donne pour une ligne : #DIV/0! là où "
                          "les leads valent 0 ou sont vides, #VALUE! pour du texte, Err:502 pour "
                          "des valeurs négatives. Les deux plages doivent avoir la même forme "
                          "(sinon un seul Err:502). Contrairement à CPL, les plages ne sont pas "
                          "additionnées : utilisez CPL pour le total d'une campagne. Les plages sont "
                          "lues là où elles contiennent des données (des colonnes entières répondent "
                          "tout de suite ; plus de 1 048 576 cellules donnent Err:502 ; une matrice "
                          "en ligne Err:504).",
                    .es = "Celda a celda, lo que CPL da para una fila: #DIV/0! donde los leads son "
                          "0 o están vacíos, #VALUE! donde hay texto, Err:502 para valores "
                          "negativos. Los dos rangos deben tener la misma forma (si no, un único "
                          "Err:502). A diferencia de CPL, los rangos no se suman: use CPL para el "
                          "total de una campaña. Los rangos se leen donde hay datos (las columnas "
                          "enteras responden al momento; más de 1.048.576 celdas da Err:502; una "
                          "matriz en línea Err:504)."},
        .example = "=INDEX(CPLS(B2:B3;C2:C3);1;1) with 600 and 300 in B2:B3, 30 and 0 in C2:C3",
        .example_result = "20",
        .category = Category::financial, // beside CPL
        .frozen_because = "it fills a range as an array formula, which the copy keeps as values",
    },
};

} // namespace goalpost::catalogue
