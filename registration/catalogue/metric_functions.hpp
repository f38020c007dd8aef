// Catalogue entries: cost, return and funnel metrics.
#pragma once

#include "catalogue_types.hpp"

namespace goalpost::catalogue {

inline constexpr Parameter spend_parameter{
    "spend", ArgumentKind::amount, false,
    {.en = "Money spent: a number, a cell or a range (summed).",
     .de = "Ausgegebenes Budget: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Montant dépensé : un nombre, une cellule ou une plage (additionnée).",
     .es = "Importe invertido: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter stages_parameter{
    "stages", ArgumentKind::list, false,
    {.en = "Counts at each funnel stage, top first: one row or one column; spare blank cells at "
           "the end are ignored.",
     .de = "Anzahlen je Funnel-Stufe, von oben nach unten: eine Zeile oder eine Spalte; leere "
           "Zellen am Ende werden ignoriert.",
     .fr = "Volumes à chaque étape de l'entonnoir, du haut vers le bas : une ligne ou une "
           "colonne ; les cellules vides en fin de plage sont ignorées.",
     .es = "Volumen en cada etapa del embudo, de arriba abajo: una fila o una columna; las "
           "celdas vacías sobrantes al final se ignoran."}};

inline constexpr std::array metric_functions{
    Function{
        .name = "CPL",
        .parameters = {
            spend_parameter,
            {"leads", ArgumentKind::amount, false,
             {.en = "Leads won with that spend: a number, a cell or a range (summed).",
              .de = "Mit diesem Budget gewonnene Leads: eine Zahl, eine Zelle oder ein Bereich "
                    "(wird summiert).",
              .fr = "Leads générés avec ce montant : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Leads conseguidos con esa inversión: un número, una celda o un rango (se "
                    "suma)."}},
        },
        .summary = {.en = "Cost per lead: spend divided by leads.",
                    .de = "Kosten pro Lead: Ausgaben geteilt durch Leads.",
                    .fr = "Coût par lead : dépenses divisées par le nombre de leads.",
                    .es = "Coste por lead: inversión dividida entre el número de leads."},
        .details = {.en = "Spend / leads. With zero leads the CPL is undefined and the cell shows "
                          "#DIV/0!, never a misleading 0. Ranges are summed, so "
                          "=CPL(B2:B40;C2:C40) is the CPL of the whole campaign, not an average "
                          "of daily CPLs.",
                    .de = "spend / leads. Ohne Leads ist der CPL nicht definiert und die Zelle "
                          "zeigt #DIV/0!, nie eine irreführende 0. Bereiche werden summiert: "
                          "=CPL(B2:B40;C2:C40) ist also der CPL der ganzen Kampagne, kein "
                          "Durchschnitt der Tages-CPLs.",
                    .fr = "spend / leads. Sans aucun lead, le CPL n'est pas défini et la cellule "
                          "affiche #DIV/0!, jamais un 0 trompeur. Les plages sont additionnées : "
                          "=CPL(B2:B40;C2:C40) donne donc le CPL de toute la campagne, et non une "
                          "moyenne des CPL quotidiens.",
                    .es = "spend / leads. Con cero leads el CPL no está definido y la celda "
                          "muestra #DIV/0!, nunca un 0 engañoso. Los rangos se suman, así que "
                          "=CPL(B2:B40;C2:C40) es el CPL de toda la campaña, no una media de los "
                          "CPL diarios."},
        .example = "=CPL(600;30)",
        .example_result = "20",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "CPA",
        .parameters = {
            spend_parameter,
            {"acquisitions", ArgumentKind::amount, false,
             {.en = "Acquisitions (sales, sign-ups) won with that spend: a number, a cell or a "
                    "range (summed).",
              .de = "Mit diesem Budget erzielte Akquisitionen (Verkäufe, Anmeldungen): eine Zahl, "
                    "eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Acquisitions (ventes, inscriptions) obtenues avec ce montant : un nombre, "
                    "une cellule ou une plage (additionnée).",
              .es = "Adquisiciones (ventas, registros) conseguidas con esa inversión: un número, "
                    "una celda o un rango (se suma)."}},
        },
        .summary = {.en = "Cost per acquisition: spend divided by acquisitions.",
                    .de = "Kosten pro Akquisition: Ausgaben geteilt durch Akquisitionen.",
                    .fr = "Coût par acquisition : dépenses divisées par le nombre d'acquisitions.",
                    .es = "Coste por adquisición: inversión dividida entre el número de "
                          "adquisiciones."},
        .details = {.en = "Spend / acquisitions. Say which conversion counts as an acquisition: "
                          "ad platforms may count several conversions per click.",
                    .de = "spend / acquisitions. Legen Sie fest, welche Conversion als "
                          "Akquisition zählt: Werbeplattformen zählen unter Umständen mehrere "
                          "Conversions pro Klick.",
                    .fr = "spend / acquisitions. Précisez quelle conversion compte comme une "
                          "acquisition : les régies publicitaires peuvent compter plusieurs "
                          "conversions par clic.",
                    .es = "spend / acquisitions. Define qué conversión cuenta como adquisición: "
                          "las plataformas publicitarias pueden contar varias conversiones por "
                          "clic."},
        .example = "=CPA(1500;12)",
        .example_result = "125",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "CAC",
        .parameters = {
            {"marketing_cost", ArgumentKind::amount, false,
             {.en = "Marketing cost of the period: a number, a cell or a range (summed). Ad spend "
                    "alone for paid CAC; all marketing spend for blended CAC; with salaries, "
                    "tools and agency fees for fully loaded CAC.",
              .de = "Marketingkosten des Zeitraums: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert). Nur Werbeausgaben für den Paid CAC; alle Marketingausgaben für "
                    "den Blended CAC; mit Gehältern, Tools und Agenturhonoraren für den Fully "
                    "Loaded CAC.",
              .fr = "Coûts marketing de la période : un nombre, une cellule ou une plage "
                    "(additionnée). Les seules dépenses publicitaires pour le CAC payant (paid) ; "
                    "toutes les dépenses marketing pour le CAC global (blended) ; avec salaires, "
                    "outils et honoraires d'agence pour le CAC complet (fully loaded).",
              .es = "Costes de marketing del periodo: un número, una celda o un rango (se "
                    "suma). Solo la inversión publicitaria para el CAC de pago (paid); todo el "
                    "gasto de marketing para el CAC combinado (blended); con salarios, "
                    "herramientas y honorarios de agencia para el CAC completo (fully loaded)."}},
            {"new_customers", ArgumentKind::amount, false,
             {.en = "New customers won in the period: a number, a cell or a range (summed). For "
                    "paid CAC only those the paid channels won; otherwise all new customers.",
              .de = "Im Zeitraum gewonnene Neukunden: eine Zahl, eine Zelle oder ein Bereich "
                    "(wird summiert). Für den Paid CAC nur die über bezahlte Kanäle gewonnenen, "
                    "sonst alle Neukunden.",
              .fr = "Nouveaux clients gagnés sur la période : un nombre, une cellule ou une plage "
                    "(additionnée). Pour le CAC payant, ceux des seuls canaux payants ; sinon "
                    "tous les nouveaux clients.",
              .es = "Clientes nuevos captados en el periodo: un número, una celda o un rango (se "
                    "suma). Para el CAC de pago, solo los captados por canales de pago; si no, "
                    "todos los clientes nuevos."}},
            {"sales_cost", ArgumentKind::amount, true,
             {.en = "Optional sales cost of the period (default 0): include it for blended and "
                    "fully loaded CAC, leave it out for paid CAC.",
              .de = "Optional: Vertriebskosten des Zeitraums (Standard 0): für den Blended und "
                    "den Fully Loaded CAC mit einrechnen, für den Paid CAC weglassen.",
              .fr = "Facultatif : coûts commerciaux de la période (0 par défaut) : à inclure pour "
                    "le CAC global et le CAC complet, à omettre pour le CAC payant.",
              .es = "Opcional: costes de ventas del periodo (por defecto 0): inclúyelos para el "
                    "CAC combinado y el completo, omítelos para el CAC de pago."}},
        },
        .summary = {.en = "Customer acquisition cost: (marketing cost + sales cost) divided by new customers.",
                    .de = "Kundenakquisitionskosten: (Marketingkosten + Vertriebskosten) geteilt "
                          "durch Neukunden.",
                    .fr = "Coût d'acquisition client : (coûts marketing + coûts commerciaux) "
                          "divisés par le nombre de nouveaux clients.",
                    .es = "Coste de adquisición de clientes: (costes de marketing + costes de "
                          "ventas) divididos entre los clientes nuevos."},
        .details = {.en = "(marketing_cost + sales_cost) / new_customers; what goes in decides "
                          "which CAC it is. Paid CAC: paid media spend / the customers the paid "
                          "channels won. Blended CAC: all sales and marketing spend / all new "
                          "customers, organic included. Fully loaded CAC: blended, plus "
                          "salaries, tools, agencies and overhead. With long sales cycles, take "
                          "the cost of the period that produced the customers.",
                    .de = "(marketing_cost + sales_cost) / new_customers; was hineingeht, "
                          "entscheidet, welcher CAC es ist. Paid CAC: Ausgaben für bezahlte "
                          "Medien / die über bezahlte Kanäle gewonnenen Kunden. Blended CAC: alle "
                          "Vertriebs- und Marketingausgaben / alle Neukunden, organische "
                          "eingeschlossen. Fully Loaded CAC: Blended plus Gehälter, Tools, "
                          "Agenturen und Gemeinkosten. Bei langen Verkaufszyklen nehmen Sie die "
                          "Kosten des Zeitraums, der diese Kunden hervorgebracht hat.",
                    .fr = "(marketing_cost + sales_cost) / new_customers ; ce qu'on y met décide "
                          "du CAC obtenu. CAC payant (paid) : dépenses média payantes / clients gagnés "
                          "par les canaux payants. CAC global (blended) : toutes les dépenses "
                          "commerciales et marketing / tous les nouveaux clients, organiques "
                          "compris. CAC complet (fully loaded) : le global plus salaires, outils, "
                          "agences et frais généraux. Avec des cycles de vente longs, prenez les "
                          "coûts de la période qui a produit ces clients.",
                    .es = "(marketing_cost + sales_cost) / new_customers; lo que se introduce "
                          "decide qué CAC es. CAC de pago (paid): inversión en medios de pago / clientes "
                          "captados por canales de pago. CAC combinado (blended): todo el gasto "
                          "de ventas y marketing / todos los clientes nuevos, orgánicos incluidos. "
                          "CAC completo (fully loaded): el combinado más salarios, herramientas, "
                          "agencias y gastos generales. Con ciclos de venta largos, toma los "
                          "costes del periodo que generó esos clientes."},
        .example = "=CAC(8000;10;2000)",
        .example_result = "1000",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;SUM({3=0})<0);SQRT(-1);"
                     "(SUM({1})+SUM({3=0}))/SUM({2}))",
    },
    Function{
        .name = "ROAS",
        .parameters = {
            {"revenue", ArgumentKind::amount, false,
             {.en = "Revenue attributed to the ads: a number, a cell or a range (summed).",
              .de = "Den Anzeigen zugeordneter Umsatz: eine Zahl, eine Zelle oder ein Bereich "
                    "(wird summiert).",
              .fr = "Chiffre d'affaires attribué aux annonces : un nombre, une cellule ou une "
                    "plage (additionnée).",
              .es = "Ingresos atribuidos a los anuncios: un número, una celda o un rango (se "
                    "suma)."}},
            {"ad_spend", ArgumentKind::amount, false,
             {.en = "Money spent on those ads: a number, a cell or a range (summed).",
              .de = "Für diese Anzeigen ausgegebenes Budget: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Montant dépensé pour ces annonces : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Inversión en esos anuncios: un número, una celda o un rango (se suma)."}},
        },
        .summary = {.en = "Return on ad spend: revenue divided by ad spend.",
                    .de = "Return on Ad Spend (ROAS): Umsatz geteilt durch Werbeausgaben.",
                    .fr = "Retour sur dépenses publicitaires (ROAS) : chiffre d'affaires divisé "
                          "par les dépenses publicitaires.",
                    .es = "Retorno de la inversión publicitaria (ROAS): ingresos divididos entre "
                          "la inversión publicitaria."},
        .details = {.en = "Revenue / ad_spend, a ratio: 5 means 5:1, which ad platforms show as "
                          "500%. It is revenue, not profit: use ROI with a margin for profit.",
                    .de = "revenue / ad_spend, ein Verhältnis: 5 bedeutet 5:1, was "
                          "Werbeplattformen als 500 % anzeigen. Es geht um Umsatz, nicht um "
                          "Gewinn: Für den Gewinn nehmen Sie ROI mit einer Marge.",
                    .fr = "revenue / ad_spend, un ratio : 5 signifie 5:1, ce que les régies "
                          "publicitaires affichent comme 500 %. C'est du chiffre d'affaires, pas "
                          "du bénéfice : pour le bénéfice, utilisez ROI avec une marge.",
                    .es = "revenue / ad_spend, un ratio: 5 significa 5:1, lo que las plataformas "
                          "publicitarias muestran como 500 %. Son ingresos, no beneficio: para el "
                          "beneficio usa ROI con un margen."},
        .example = "=ROAS(5000;1000)",
        .example_result = "5",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "ROI",
        .parameters = {
            {"revenue", ArgumentKind::amount, false,
             {.en = "Revenue the investment brought: a number, a cell or a range (summed).",
              .de = "Durch die Investition erzielter Umsatz: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Chiffre d'affaires généré par l'investissement : un nombre, une cellule ou "
                    "une plage (additionnée).",
              .es = "Ingresos que generó la inversión: un número, una celda o un rango (se "
                    "suma)."}},
            {"cost", ArgumentKind::amount, false,
             {.en = "Cost of the investment: a number, a cell or a range (summed).",
              .de = "Kosten der Investition: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Coût de l'investissement : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Coste de la inversión: un número, una celda o un rango (se suma)."}},
            {"margin", ArgumentKind::number, true,
             {.en = "Optional gross margin as a fraction between 0 and 1 (default 1: revenue "
                    "counted in full).",
              .de = "Optional: Bruttomarge als Anteil zwischen 0 und 1 (Standard 1: Umsatz zählt "
                    "voll).",
              .fr = "Facultatif : marge brute sous forme de fraction entre 0 et 1 (1 par défaut : "
                    "chiffre d'affaires compté en totalité).",
              .es = "Opcional: margen bruto como fracción entre 0 y 1 (por defecto 1: los "
                    "ingresos cuentan completos)."}},
        },
        .summary = {.en = "Return on investment: (revenue x margin - cost) divided by cost.",
                    .de = "Return on Investment: (Umsatz x Marge - Kosten) geteilt durch Kosten.",
                    .fr = "Retour sur investissement : (chiffre d'affaires x marge - coût) divisé "
                          "par le coût.",
                    .es = "Retorno de la inversión: (ingresos x margen - coste) dividido entre el "
                          "coste."},
        .details = {.en = "(revenue x margin - cost) / cost. 0 is break-even, 1 doubles the money. "
                          "Without a margin, revenue is treated as profit, which flatters the "
                          "return: give the gross margin where you know it.",
                    .de = "(revenue x margin - cost) / cost. 0 ist der Break-even, 1 verdoppelt "
                          "den Einsatz. Ohne Marge gilt der Umsatz als Gewinn, was die Rendite "
                          "schönt: Geben Sie die Bruttomarge an, wo Sie sie kennen.",
                    .fr = "(revenue x margin - cost) / cost. 0 correspond au point mort, 1 double "
                          "la mise. Sans marge, le chiffre d'affaires est traité comme du "
                          "bénéfice, ce qui embellit le retour : indiquez la marge brute quand "
                          "vous la connaissez.",
                    .es = "(revenue x margin - cost) / cost. 0 es el punto de equilibrio; 1 "
                          "duplica el dinero. Sin margen, los ingresos se tratan como beneficio, "
                          "lo que infla el retorno: indica el margen bruto cuando lo conozcas."},
        .example = "=ROI(10000;2000;0.4)",
        .example_result = "1",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;{3=1}<0;{3=1}>1);SQRT(-1);"
                     "(SUM({1})*{3=1}-SUM({2}))/SUM({2}))",
    },
    Function{
        .name = "CONVRATE",
        .parameters = {
            {"conversions", ArgumentKind::amount, false,
             {.en = "Conversions: a number, a cell or a range (summed).",
              .de = "Conversions: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Conversions : un nombre, une cellule ou une plage (additionnée).",
              .es = "Conversiones: un número, una celda o un rango (se suma)."}},
            {"total", ArgumentKind::amount, false,
             {.en = "The total they came from (visits, clicks, leads): a number, a cell or a "
                    "range (summed).",
              .de = "Die Gesamtzahl, aus der sie stammen (Besuche, Klicks, Leads): eine Zahl, "
                    "eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Le total dont elles sont issues (visites, clics, leads) : un nombre, une "
                    "cellule ou une plage (additionnée).",
              .es = "El total del que proceden (visitas, clics, leads): un número, una celda o "
                    "un rango (se suma)."}},
        },
        .summary = {.en = "Conversion rate: conversions divided by their total.",
                    .de = "Conversion-Rate: Conversions geteilt durch ihre Gesamtzahl.",
                    .fr = "Taux de conversion : conversions divisées par leur total.",
                    .es = "Tasa de conversión: conversiones divididas entre su total."},
        .details = {.en = "Conversions / total, a fraction (format the cell as a percentage). "
                          "Conversions above their total are rejected (Err:502): count each "
                          "visitor's conversion once, or the rate is not a rate.",
                    .de = "conversions / total, ein Anteil (formatieren Sie die Zelle als "
                          "Prozent). Mehr Conversions als die Gesamtzahl werden abgelehnt "
                          "(Err:502): Zählen Sie die Conversion jedes Besuchers nur einmal, sonst "
                          "ist die Rate keine Rate.",
                    .fr = "conversions / total, une fraction (mettez la cellule au format "
                          "pourcentage). Des conversions supérieures à leur total sont refusées "
                          "(Err:502) : comptez la conversion de chaque visiteur une seule fois, "
                          "sinon le taux n'en est pas un.",
                    .es = "conversions / total, una fracción (aplica a la celda formato de "
                          "porcentaje). Si las conversiones superan su total, se rechazan "
                          "(Err:502): cuenta la conversión de cada visitante una sola vez o la "
                          "tasa deja de ser una tasa."},
        .example = "=CONVRATE(45;1500)",
        .example_result = "0.03",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);IF(SUM({2})=0;1/0;"
                     "IF(SUM({1})>SUM({2});SQRT(-1);SUM({1})/SUM({2}))))",
    },
    Function{
        .name = "FUNNELCONV",
        .parameters = {
            stages_parameter,
            {"from", ArgumentKind::number, true,
             {.en = "Optional 1-based stage to convert from (default: the first).",
              .de = "Optional: Ausgangsstufe, ab 1 gezählt (Standard: die erste).",
              .fr = "Facultatif : étape de départ, numérotée à partir de 1 (par défaut : la "
                    "première).",
              .es = "Opcional: etapa de origen, contando desde 1 (por defecto: la primera)."}},
            {"to", ArgumentKind::number, true,
             {.en = "Optional 1-based stage to convert to (default: the last).",
              .de = "Optional: Zielstufe, ab 1 gezählt (Standard: die letzte).",
              .fr = "Facultatif : étape d'arrivée, numérotée à partir de 1 (par défaut : la "
                    "dernière).",
              .es = "Opcional: etapa de destino, contando desde 1 (por defecto: la última)."}},
        },
        .summary = {.en = "Funnel conversion: the share of one stage that reaches a later stage.",
                    .de = "Funnel-Conversion: der Anteil einer Stufe, der eine spätere Stufe "
                          "erreicht.",
                    .fr = "Conversion de l'entonnoir : la part d'une étape qui atteint une étape "
                          "ultérieure.",
                    .es = "Conversión del embudo: la parte de una etapa que llega a una etapa "
                          "posterior."},
        .details = {.en = "stages[to] / stages[from], stages counted from 1 at the top. By default "
                          "the whole funnel, first stage to last. A stage index outside the funnel, "
                          "or 'to' before 'from', is Err:502; an empty 'from' stage is #DIV/0!.",
                    .de = "stages[to] / stages[from], die Stufen von oben ab 1 gezählt. "
                          "Standardmäßig der ganze Funnel, von der ersten bis zur letzten Stufe. "
                          "Eine Stufennummer außerhalb des Funnels oder 'to' vor 'from' ergibt "
                          "Err:502; eine leere 'from'-Stufe ergibt #DIV/0!.",
                    .fr = "stages[to] / stages[from], les étapes étant numérotées à partir de 1 "
                          "en haut. Par défaut, tout l'entonnoir, de la première étape à la "
                          "dernière. Un numéro d'étape hors de l'entonnoir, ou 'to' avant 'from', "
                          "donne Err:502 ; une étape 'from' vide donne #DIV/0!.",
                    .es = "stages[to] / stages[from], con las etapas numeradas desde 1 arriba. "
                          "Por defecto, todo el embudo, de la primera etapa a la última. Un "
                          "número de etapa fuera del embudo, o 'to' antes de 'from', da Err:502; "
                          "una etapa 'from' vacía da #DIV/0!."},
        .example = "=FUNNELCONV({2000;400;100;20};2;4)",
        .example_result = "0.05",
        .frozen_because = "its list skips a header and trailing blanks and refuses a gap, which "
                          "takes position arithmetic over the range (MATCH inside SUMPRODUCT, "
                          "INDEX ranges) that no reader could follow, and which no inline array "
                          "allows",
    },
    Function{
        .name = "FUNNELSTEPS",
        .result = ResultKind::array,
        .parameters = {stages_parameter},
        .summary = {.en = "Step rates of a funnel: each stage divided by the stage before it, as an "
                          "array.",
                    .de = "Übergangsraten eines Funnels: jede Stufe geteilt durch die vorherige, "
                          "als Matrix.",
                    .fr = "Taux de passage d'un entonnoir : chaque étape divisée par la "
                          "précédente, sous forme de matrice.",
                    .es = "Tasas de paso de un embudo: cada etapa dividida entre la anterior, "
                          "como matriz."},
        .details = {.en = "Returns the n-1 step rates in the orientation of the stages (a column "
                          "for a column). Enter it as an array formula (select n-1 cells, type the "
                          "formula, press Ctrl+Shift+Enter) or read one step with "
                          "INDEX(FUNNELSTEPS(...);step;1). A step out of an empty stage shows "
                          "#DIV/0! in its own cell.",
                    .de = "Liefert die n-1 Übergangsraten in der Ausrichtung der Stufen (eine "
                          "Spalte für eine Spalte). Geben Sie sie als Matrixformel ein (n-1 Zellen "
                          "markieren, Formel eintippen, Strg+Umschalt+Eingabe drücken) oder lesen "
                          "Sie einen Übergang mit INDEX(FUNNELSTEPS(...);step;1). Ein Übergang aus "
                          "einer leeren Stufe zeigt #DIV/0! in seiner eigenen Zelle.",
                    .fr = "Renvoie les n-1 taux de passage dans l'orientation des étapes (une "
                          "colonne pour une colonne). Saisissez-la comme formule matricielle "
                          "(sélectionnez n-1 cellules, tapez la formule, appuyez sur "
                          "Ctrl+Maj+Entrée) ou lisez un passage avec "
                          "INDEX(FUNNELSTEPS(...);step;1). Un passage partant d'une étape vide "
                          "affiche #DIV/0! dans sa propre cellule.",
                    .es = "Devuelve las n-1 tasas de paso con la orientación de las etapas (una "
                          "columna si las etapas están en columna). Introdúcela como fórmula "
                          "matricial (selecciona n-1 celdas, escribe la fórmula y pulsa "
                          "Ctrl+Mayús+Intro) o lee un paso con INDEX(FUNNELSTEPS(...);step;1). Un "
                          "paso que parte de una etapa vacía muestra #DIV/0! en su propia celda."},
        .example = "=INDEX(FUNNELSTEPS({2000;400;100;20});1;2)",
        .example_result = "0.25",
        .frozen_because = "it fills a range as an array formula, which the copy keeps as values",
    },
};

} // namespace goalpost::catalogue
