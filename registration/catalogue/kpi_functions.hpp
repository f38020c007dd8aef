// Catalogue entries: the KPI catalogue (revenue efficiency, sales, media, growth, count
// intervals, funnel diagnosis and budget).
#pragma once

#include "catalogue_types.hpp"
#include "metric_functions.hpp"   // stages_parameter

namespace goalpost::catalogue {

inline constexpr Parameter gross_margin_parameter{
    "gross_margin", ArgumentKind::number, false,
    {.en = "Gross margin as a fraction between 0 and 1.",
     .de = "Bruttomarge als Anteil zwischen 0 und 1.",
     .fr = "Marge brute sous forme de fraction entre 0 et 1.",
     .es = "Margen bruto como fracción entre 0 y 1."}};

inline constexpr Parameter media_cost_parameter{
    "cost", ArgumentKind::amount, false,
    {.en = "Media cost: a number, a cell or a range (summed).",
     .de = "Mediakosten: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Coût média : un nombre, une cellule ou une plage (additionnée).",
     .es = "Coste de medios: un número, una celda o un rango (se suma)."}};

inline constexpr Parameter start_mrr_parameter{
    "start_mrr", ArgumentKind::amount, false,
    {.en = "Recurring revenue at the start of the period from the customers then active: a "
           "number, a cell or a range (summed).",
     .de = "Wiederkehrender Umsatz zu Beginn des Zeitraums aus den damals aktiven Kunden: eine "
           "Zahl, eine Zelle oder ein Bereich (wird summiert).",
     .fr = "Revenu récurrent en début de période, des clients alors actifs : un nombre, une "
           "cellule ou une plage (additionnée).",
     .es = "Ingresos recurrentes al inicio del periodo de los clientes entonces activos: un "
           "número, una celda o un rango (se suma)."}};

inline constexpr Parameter contraction_parameter{
    "contraction", ArgumentKind::amount, false,
    {.en = "MRR lost to downgrades of those customers.",
     .de = "MRR, der durch Downgrades dieser Kunden verloren ging.",
     .fr = "MRR perdu par les déclassements de ces clients.",
     .es = "MRR perdido por rebajas de plan de esos clientes."}};

inline constexpr Parameter churn_parameter{
    "churn", ArgumentKind::amount, false,
    {.en = "MRR lost to those customers leaving.",
     .de = "MRR, der durch abgewanderte Kunden verloren ging.",
     .fr = "MRR perdu par le départ de ces clients.",
     .es = "MRR perdido por la baja de esos clientes."}};

inline constexpr std::array kpi_functions{
    Function{
        .name = "NRR",
        .parameters = {start_mrr_parameter,
                       {"expansion", ArgumentKind::amount, false,
                        {.en = "MRR gained from upgrades and add-ons of those customers.",
                         .de = "MRR-Zuwachs durch Upgrades und Zusatzprodukte dieser Kunden.",
                         .fr = "MRR gagné par les montées en gamme et options de ces clients.",
                         .es = "MRR ganado por mejoras de plan y complementos de esos "
                               "clientes."}},
                       contraction_parameter, churn_parameter},
        .summary = {.en = "Net revenue retention: what the starting customers pay now, against "
                          "what they paid.",
                    .de = "Net Revenue Retention: was die Bestandskunden jetzt zahlen, gemessen "
                          "an dem, was sie zahlten.",
                    .fr = "Rétention nette du revenu : ce que paient aujourd'hui les clients de "
                          "départ, rapporté à ce qu'ils payaient.",
                    .es = "Retención neta de ingresos: lo que pagan ahora los clientes de "
                          "partida frente a lo que pagaban."},
        .details = {.en = "(start_mrr + expansion - contraction - churn) / start_mrr. New "
                          "customers do not count: above 1 the base grows on its own. Losses "
                          "above start_mrr are invalid.",
                    .de = "(start_mrr + expansion - contraction - churn) / start_mrr. Neukunden "
                          "zählen nicht: Über 1 wächst der Bestand aus sich heraus. Verluste über "
                          "start_mrr sind ungültig.",
                    .fr = "(start_mrr + expansion - contraction - churn) / start_mrr. Les "
                          "nouveaux clients ne comptent pas : au-dessus de 1, la base croît "
                          "d'elle-même. Des pertes supérieures à start_mrr sont invalides.",
                    .es = "(start_mrr + expansion - contraction - churn) / start_mrr. Los "
                          "clientes nuevos no cuentan: por encima de 1 la base crece por sí sola. "
                          "Pérdidas mayores que start_mrr no son válidas."},
        .example = "=NRR(100000;15000;3000;7000)",
        .example_result = "1.05",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;SUM({3})<0;SUM({4})<0;SUM({3})+SUM({4})>SUM({1}));"
                     "SQRT(-1);IF(SUM({1})=0;1/0;(SUM({1})+SUM({2})-SUM({3})-SUM({4}))/SUM({1})))",
    },
    Function{
        .name = "GRR",
        .parameters = {start_mrr_parameter, contraction_parameter, churn_parameter},
        .summary = {.en = "Gross revenue retention: the starting MRR kept, expansion left out.",
                    .de = "Gross Revenue Retention: der gehaltene Anfangs-MRR, ohne Zuwächse.",
                    .fr = "Rétention brute du revenu : le MRR de départ conservé, hors "
                          "expansion.",
                    .es = "Retención bruta de ingresos: el MRR inicial conservado, sin "
                          "expansión."},
        .details = {.en = "(start_mrr - contraction - churn) / start_mrr, at most 1: how well the "
                          "base holds before upsell hides the losses.",
                    .de = "(start_mrr - contraction - churn) / start_mrr, höchstens 1: wie gut "
                          "der Bestand hält, bevor Upselling die Verluste verdeckt.",
                    .fr = "(start_mrr - contraction - churn) / start_mrr, au plus 1 : la tenue de "
                          "la base avant que les ventes additionnelles ne masquent les pertes.",
                    .es = "(start_mrr - contraction - churn) / start_mrr, como máximo 1: lo que "
                          "aguanta la base antes de que las ventas adicionales oculten las "
                          "pérdidas."},
        .example = "=GRR(100000;3000;7000)",
        .example_result = "0.9",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;SUM({3})<0;SUM({2})+SUM({3})>SUM({1}));SQRT(-1);"
                     "IF(SUM({1})=0;1/0;(SUM({1})-SUM({2})-SUM({3}))/SUM({1})))",
    },
    Function{
        .name = "MER",
        .parameters = {
            {"total_revenue", ArgumentKind::amount, false,
             {.en = "All revenue of the period, organic included: a number, a cell or a range "
                    "(summed).",
              .de = "Gesamter Umsatz des Zeitraums, organischer eingeschlossen: eine Zahl, eine "
                    "Zelle oder ein Bereich (wird summiert).",
              .fr = "Tout le chiffre d'affaires de la période, organique compris : un nombre, une "
                    "cellule ou une plage (additionnée).",
              .es = "Todos los ingresos del periodo, orgánicos incluidos: un número, una celda o "
                    "un rango (se suma)."}},
            {"total_marketing_spend", ArgumentKind::amount, false,
             {.en = "All marketing spend of the period: a number, a cell or a range (summed).",
              .de = "Gesamte Marketingausgaben des Zeitraums: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Toutes les dépenses marketing de la période : un nombre, une cellule ou une "
                    "plage (additionnée).",
              .es = "Toda la inversión en marketing del periodo: un número, una celda o un rango "
                    "(se suma)."}},
        },
        .summary = {.en = "Marketing efficiency ratio: total revenue divided by total marketing "
                          "spend.",
                    .de = "Marketing Efficiency Ratio (MER): Gesamtumsatz geteilt durch die "
                          "gesamten Marketingausgaben.",
                    .fr = "Ratio d'efficacité marketing (MER) : chiffre d'affaires total divisé "
                          "par les dépenses marketing totales.",
                    .es = "Ratio de eficiencia de marketing (MER): ingresos totales divididos "
                          "entre la inversión total en marketing."},
        .details = {.en = "total_revenue / total_marketing_spend, blended: all revenue over all "
                          "marketing spend. It is not ROAS, which credits only the revenue "
                          "attributed to ads; comparing one with the other mixes denominators. "
                          "Zero spend is #DIV/0!.",
                    .de = "total_revenue / total_marketing_spend, gesamthaft (blended): aller "
                          "Umsatz über alle Marketingausgaben. Das ist nicht der ROAS, der nur "
                          "Umsatz zählt, der Anzeigen zugeordnet ist; wer beide vergleicht, "
                          "vermischt die Bezugsgrößen. Ausgaben von 0 ergeben #DIV/0!.",
                    .fr = "total_revenue / total_marketing_spend, en global (blended) : tout le "
                          "chiffre d'affaires rapporté à toutes les dépenses marketing. Ce n'est "
                          "pas le ROAS, qui ne compte que le chiffre d'affaires attribué aux "
                          "annonces ; comparer l'un à l'autre mélange les dénominateurs. Des "
                          "dépenses nulles donnent #DIV/0!.",
                    .es = "total_revenue / total_marketing_spend, combinado (blended): todos los "
                          "ingresos sobre toda la inversión en marketing. No es el ROAS, que solo "
                          "cuenta los ingresos atribuidos a los anuncios; comparar uno con otro "
                          "mezcla denominadores. Una inversión de 0 da #DIV/0!."},
        .example = "=MER(250000;50000)",
        .example_result = "5",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "LTV",
        .parameters = {
            {"arpa", ArgumentKind::number, false,
             {.en = "Average revenue per account per period (e.g. monthly): a number or a "
                    "cell.",
              .de = "Durchschnittlicher Umsatz pro Account und Periode (z. B. monatlich): eine "
                    "Zahl oder eine Zelle.",
              .fr = "Revenu moyen par compte et par période (par exemple mensuel) : un nombre ou "
                    "une cellule.",
              .es = "Ingreso medio por cuenta y periodo (p. ej. mensual): un número o una "
                    "celda."}},
            gross_margin_parameter,
            {"churn_rate", ArgumentKind::number, false,
             {.en = "Share of accounts lost per period, a fraction between 0 and 1, per the same "
                    "period as arpa.",
              .de = "Anteil der pro Periode verlorenen Accounts, ein Anteil zwischen 0 und 1, "
                    "bezogen auf dieselbe Periode wie arpa.",
              .fr = "Part des comptes perdus par période, une fraction entre 0 et 1, sur la même "
                    "période que arpa.",
              .es = "Proporción de cuentas perdidas por periodo, una fracción entre 0 y 1, "
                    "referida al mismo periodo que arpa."}},
        },
        .summary = {.en = "Customer lifetime value: arpa x gross margin divided by churn rate.",
                    .de = "Customer Lifetime Value: arpa x Bruttomarge geteilt durch die "
                          "Churn-Rate.",
                    .fr = "Valeur vie client (LTV) : arpa x marge brute divisé par le taux "
                          "d'attrition (churn).",
                    .es = "Valor de vida del cliente (LTV): arpa x margen bruto dividido entre la "
                          "tasa de churn."},
        .details = {.en = "arpa x gross_margin / churn_rate, the denominator being the churn rate "
                          "of the same period as arpa: monthly ARPA with annual churn is 12 times "
                          "off. Without the margin it is revenue, not value. A churn rate of 0 is "
                          "#DIV/0!: an endless lifetime is not a number.",
                    .de = "arpa x gross_margin / churn_rate; im Nenner steht die Churn-Rate "
                          "derselben Periode wie arpa: Monats-ARPA mit jährlicher Churn-Rate "
                          "liegt um den Faktor 12 daneben. Ohne Marge ist es Umsatz, kein Wert. "
                          "Eine Churn-Rate von 0 ergibt #DIV/0!: Eine endlose Kundenbeziehung ist "
                          "keine Zahl.",
                    .fr = "arpa x gross_margin / churn_rate, le dénominateur étant le taux "
                          "d'attrition de la même période que arpa : un ARPA mensuel avec un churn "
                          "annuel se trompe d'un facteur 12. Sans la marge, c'est du chiffre "
                          "d'affaires, pas de la valeur. Un taux d'attrition de 0 donne #DIV/0! : "
                          "une durée de vie infinie n'est pas un nombre.",
                    .es = "arpa x gross_margin / churn_rate; el denominador es la tasa de churn "
                          "del mismo periodo que arpa: un ARPA mensual con churn anual se desvía "
                          "un factor 12. Sin el margen son ingresos, no valor. Una tasa de churn "
                          "de 0 da #DIV/0!: una vida infinita no es un número."},
        .example = "=LTV(100;0.8;0.02)",
        .example_result = "4000",
        .shared_as = "IF(OR({1}<0;{2}<0;{2}>1;{3}<0;{3}>1);SQRT(-1);{1}*{2}/{3})",
    },
    Function{
        .name = "LTVCAC",
        .parameters = {
            {"ltv", ArgumentKind::number, false,
             {.en = "Customer lifetime value (see LTV): a number or a cell.",
              .de = "Customer Lifetime Value (siehe LTV): eine Zahl oder eine Zelle.",
              .fr = "Valeur vie client (voir LTV) : un nombre ou une cellule.",
              .es = "Valor de vida del cliente (consulta LTV): un número o una celda."}},
            {"cac", ArgumentKind::number, false,
             {.en = "Customer acquisition cost (see CAC): a number or a cell.",
              .de = "Kundenakquisitionskosten (siehe CAC): eine Zahl oder eine Zelle.",
              .fr = "Coût d'acquisition client (voir CAC) : un nombre ou une cellule.",
              .es = "Coste de adquisición de clientes (consulta CAC): un número o una celda."}},
        },
        .summary = {.en = "LTV to CAC ratio: lifetime value divided by acquisition cost.",
                    .de = "LTV:CAC-Verhältnis: Customer Lifetime Value geteilt durch die "
                          "Akquisitionskosten.",
                    .fr = "Ratio LTV/CAC : valeur vie client divisée par le coût d'acquisition.",
                    .es = "Ratio LTV/CAC: valor de vida del cliente dividido entre el coste de "
                          "adquisición."},
        .details = {.en = "ltv / cac. Take both on the same footing: LTV from gross margin against "
                          "blended CAC (sales cost included). Revenue LTV over paid-only CAC "
                          "flatters the ratio. A CAC of 0 is #DIV/0!.",
                    .de = "ltv / cac. Nehmen Sie beide auf derselben Grundlage: einen LTV auf "
                          "Basis der Bruttomarge gegen den Blended CAC (Vertriebskosten "
                          "inklusive). Ein umsatzbasierter LTV gegen einen reinen Paid CAC schönt "
                          "das Verhältnis. Ein CAC von 0 ergibt #DIV/0!.",
                    .fr = "ltv / cac. Prenez les deux sur la même base : une LTV calculée sur la "
                          "marge brute face à un CAC global (coûts commerciaux compris). Une LTV "
                          "en chiffre d'affaires rapportée à un CAC purement payant embellit le "
                          "ratio. Un CAC de 0 donne #DIV/0!.",
                    .es = "ltv / cac. Toma ambos con el mismo criterio: un LTV sobre margen bruto "
                          "frente al CAC combinado (con los costes de ventas). Un LTV de ingresos "
                          "frente a un CAC solo de pago infla el ratio. Un CAC de 0 da #DIV/0!."},
        .example = "=LTVCAC(4000;1000)",
        .example_result = "4",
        .shared_as = "IF(OR({1}<0;{2}<0);SQRT(-1);{1}/{2})",
    },
    Function{
        .name = "BREAKEVENROAS",
        .parameters = {
            {"gross_margin", ArgumentKind::number, false,
             {.en = "Gross margin on the revenue the ads bring, as a fraction (40% is 0.4).",
              .de = "Bruttomarge auf den Umsatz aus den Anzeigen, als Anteil (40 % ist 0.4).",
              .fr = "Marge brute sur le chiffre d'affaires issu des annonces, en fraction (40 % "
                    "s'écrit 0.4).",
              .es = "Margen bruto sobre los ingresos que traen los anuncios, como fracción (40 % "
                    "es 0.4)."}},
        },
        .summary = {.en = "Break-even ROAS: the return on ad spend at which the gross profit of "
                          "the ads just pays for them, 1 / gross margin.",
                    .de = "Break-even-ROAS: der ROAS, bei dem der Rohertrag der Anzeigen sie "
                          "gerade bezahlt, 1 / Bruttomarge.",
                    .fr = "ROAS d'équilibre : le retour sur dépenses publicitaires auquel la marge "
                          "brute des annonces les paie tout juste, 1 / marge brute.",
                    .es = "ROAS de equilibrio: el retorno de la inversión publicitaria con el que "
                          "el margen bruto de los anuncios los paga justo, 1 / margen bruto."},
        .details = {.en = "1 / gross_margin. A ROAS below it loses money on every sale the ads "
                          "bring, however high it looks: at a 25% margin a ROAS of 4 only breaks "
                          "even. A margin of 0 is #DIV/0!; one outside 0 to 1 is Err:502.",
                    .de = "1 / gross_margin. Ein ROAS darunter verliert an jedem Verkauf aus den "
                          "Anzeigen Geld, so hoch er aussieht: bei 25 % Marge ist ein ROAS von 4 "
                          "gerade kostendeckend. Eine Marge von 0 ergibt #DIV/0!, eine außerhalb "
                          "von 0 bis 1 Err:502.",
                    .fr = "1 / gross_margin. Un ROAS inférieur perd de l'argent sur chaque vente "
                          "issue des annonces, si élevé qu'il paraisse : avec 25 % de marge, un "
                          "ROAS de 4 ne fait qu'équilibrer. Une marge de 0 donne #DIV/0!, une "
                          "marge hors de 0 à 1 Err:502.",
                    .es = "1 / gross_margin. Un ROAS por debajo pierde dinero en cada venta de los "
                          "anuncios, por alto que parezca: con un 25 % de margen, un ROAS de 4 "
                          "solo cubre costes. Un margen de 0 da #DIV/0!; uno fuera de 0 a 1, "
                          "Err:502."},
        .example = "=BREAKEVENROAS(0.25)",
        .example_result = "4",
        .shared_as = "IF(OR({1}<0;{1}>1);SQRT(-1);1/{1})",
    },
    Function{
        .name = "PAYBACK",
        .parameters = {
            {"cac", ArgumentKind::number, false,
             {.en = "Customer acquisition cost: a number or a cell.",
              .de = "Kundenakquisitionskosten: eine Zahl oder eine Zelle.",
              .fr = "Coût d'acquisition client : un nombre ou une cellule.",
              .es = "Coste de adquisición de clientes: un número o una celda."}},
            {"arpa", ArgumentKind::number, false,
             {.en = "Average revenue per account per period: a number or a cell.",
              .de = "Durchschnittlicher Umsatz pro Account und Periode: eine Zahl oder eine "
                    "Zelle.",
              .fr = "Revenu moyen par compte et par période : un nombre ou une cellule.",
              .es = "Ingreso medio por cuenta y periodo: un número o una celda."}},
            gross_margin_parameter,
        },
        .summary = {.en = "CAC payback: periods of gross profit needed to earn back the "
                          "acquisition cost.",
                    .de = "CAC-Payback: Perioden an Rohertrag, die nötig sind, um die "
                          "Akquisitionskosten wieder einzuspielen.",
                    .fr = "Délai de récupération du CAC : nombre de périodes de marge brute "
                          "nécessaires pour rentabiliser le coût d'acquisition.",
                    .es = "Periodo de recuperación del CAC: periodos de beneficio bruto "
                          "necesarios para recuperar el coste de adquisición."},
        .details = {.en = "cac / (arpa x gross_margin), in the period of arpa (monthly ARPA gives "
                          "months). The denominator is gross profit, not revenue: dividing by "
                          "revenue makes payback look shorter than it is. A zero arpa or margin is "
                          "#DIV/0! (never paid back).",
                    .de = "cac / (arpa x gross_margin), in der Periode von arpa (Monats-ARPA "
                          "ergibt Monate). Im Nenner steht der Rohertrag, nicht der Umsatz: Wer "
                          "durch den Umsatz teilt, lässt den Payback kürzer aussehen, als er ist. "
                          "Ein arpa oder eine Marge von 0 ergibt #DIV/0! (nie amortisiert).",
                    .fr = "cac / (arpa x gross_margin), dans la période de arpa (un ARPA mensuel "
                          "donne des mois). Le dénominateur est la marge brute, pas le chiffre "
                          "d'affaires : diviser par le chiffre d'affaires fait paraître le délai "
                          "plus court qu'il n'est. Un arpa ou une marge nuls donnent #DIV/0! "
                          "(jamais rentabilisé).",
                    .es = "cac / (arpa x gross_margin), en el periodo de arpa (un ARPA mensual da "
                          "meses). El denominador es el beneficio bruto, no los ingresos: dividir "
                          "entre los ingresos hace que la recuperación parezca más corta de lo que "
                          "es. Un arpa o un margen de 0 da #DIV/0! (nunca se recupera)."},
        .example = "=PAYBACK(1200;100;0.8)",
        .example_result = "15",
        .shared_as = "IF(OR({1}<0;{2}<0;{3}<0;{3}>1);SQRT(-1);{1}/({2}*{3}))",
    },
    Function{
        .name = "LVR",
        .parameters = {
            {"qualified_now", ArgumentKind::amount, false,
             {.en = "Qualified leads this period: a number, a cell or a range (summed).",
              .de = "Qualifizierte Leads in diesem Zeitraum: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Leads qualifiés de cette période : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Leads cualificados de este periodo: un número, una celda o un rango (se "
                    "suma)."}},
            {"qualified_before", ArgumentKind::amount, false,
             {.en = "Qualified leads in the previous period of the same length: a number, a "
                    "cell or a range (summed).",
              .de = "Qualifizierte Leads im vorherigen, gleich langen Zeitraum: eine Zahl, eine "
                    "Zelle oder ein Bereich (wird summiert).",
              .fr = "Leads qualifiés de la période précédente de même durée : un nombre, une "
                    "cellule ou une plage (additionnée).",
              .es = "Leads cualificados del periodo anterior de igual duración: un número, una "
                    "celda o un rango (se suma)."}},
        },
        .summary = {.en = "Lead velocity rate: growth of qualified leads over the previous "
                          "period.",
                    .de = "Lead Velocity Rate: Wachstum der qualifizierten Leads gegenüber dem "
                          "vorherigen Zeitraum.",
                    .fr = "Lead velocity rate : croissance des leads qualifiés par rapport à la "
                          "période précédente.",
                    .es = "Lead velocity rate: crecimiento de los leads cualificados respecto al "
                          "periodo anterior."},
        .details = {.en = "(qualified_now - qualified_before) / qualified_before, the denominator "
                          "being the earlier period; negative when leads shrink. Count qualified "
                          "leads, not all leads, over periods of equal length. A previous period "
                          "with 0 leads is #DIV/0!: growth from nothing is undefined.",
                    .de = "(qualified_now - qualified_before) / qualified_before, im Nenner der "
                          "frühere Zeitraum; negativ, wenn die Leads zurückgehen. Zählen Sie "
                          "qualifizierte Leads, nicht alle Leads, über gleich lange Zeiträume. "
                          "Ein vorheriger Zeitraum mit 0 Leads ergibt #DIV/0!: Wachstum aus dem "
                          "Nichts ist nicht definiert.",
                    .fr = "(qualified_now - qualified_before) / qualified_before, le dénominateur "
                          "étant la période précédente ; négatif quand les leads reculent. "
                          "Comptez les leads qualifiés, pas tous les leads, sur des périodes de "
                          "même durée. Une période précédente à 0 lead donne #DIV/0! : une "
                          "croissance à partir de rien n'est pas définie.",
                    .es = "(qualified_now - qualified_before) / qualified_before, con el periodo "
                          "anterior como denominador; negativo cuando los leads bajan. Cuenta "
                          "leads cualificados, no todos los leads, en periodos de igual duración. "
                          "Un periodo anterior con 0 leads da #DIV/0!: el crecimiento desde cero "
                          "no está definido."},
        .example = "=LVR(120;100)",
        .example_result = "0.2",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);(SUM({1})-SUM({2}))/SUM({2}))",
    },
    Function{
        .name = "WINRATE",
        .parameters = {
            {"won", ArgumentKind::amount, false,
             {.en = "Deals won: a number, a cell or a range (summed).",
              .de = "Gewonnene Deals: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Affaires gagnées : un nombre, une cellule ou une plage (additionnée).",
              .es = "Negocios ganados: un número, una celda o un rango (se suma)."}},
            {"lost", ArgumentKind::amount, false,
             {.en = "Deals lost: a number, a cell or a range (summed).",
              .de = "Verlorene Deals: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Affaires perdues : un nombre, une cellule ou une plage (additionnée).",
              .es = "Negocios perdidos: un número, una celda o un rango (se suma)."}},
            {"open", ArgumentKind::amount, true,
             {.en = "Optional open deals to include in the denominator (default: none).",
              .de = "Optional: offene Deals, die in den Nenner einfließen (Standard: keine).",
              .fr = "Facultatif : affaires en cours à inclure au dénominateur (par défaut : "
                    "aucune).",
              .es = "Opcional: negocios abiertos que se incluyen en el denominador (por defecto: "
                    "ninguno)."}},
        },
        .summary = {.en = "Win rate: deals won divided by deals won and lost (and open, if "
                          "given).",
                    .de = "Win-Rate: gewonnene Deals geteilt durch gewonnene und verlorene Deals "
                          "(und offene, falls angegeben).",
                    .fr = "Taux de réussite (win rate) : affaires gagnées divisées par les "
                          "affaires gagnées et perdues (et en cours, si indiquées).",
                    .es = "Tasa de cierre (win rate): negocios ganados divididos entre los "
                          "ganados y los perdidos (y los abiertos, si se indican)."},
        .details = {.en = "won / (won + lost), HubSpot's default; with open deals given, won / "
                          "(won + lost + open), a lower number. State which denominator you use. "
                          "No deals at all is #DIV/0!.",
                    .de = "won / (won + lost), der Standard von HubSpot; mit offenen Deals won / "
                          "(won + lost + open), ein niedrigerer Wert. Geben Sie an, welchen "
                          "Nenner Sie verwenden. Gar keine Deals ergeben #DIV/0!.",
                    .fr = "won / (won + lost), la définition par défaut de HubSpot ; avec les "
                          "affaires en cours, won / (won + lost + open), un chiffre plus bas. "
                          "Indiquez quel dénominateur vous utilisez. Aucune affaire du tout donne "
                          "#DIV/0!.",
                    .es = "won / (won + lost), el criterio por defecto de HubSpot; con negocios "
                          "abiertos, won / (won + lost + open), una cifra más baja. Indica qué "
                          "denominador usas. Sin ningún negocio da #DIV/0!."},
        .example = "=WINRATE(20;30)",
        .example_result = "0.4",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;SUM({3=0})<0);SQRT(-1);"
                     "SUM({1})/(SUM({1})+SUM({2})+SUM({3=0})))",
    },
    Function{
        .name = "PIPECOVER",
        .parameters = {
            {"pipeline", ArgumentKind::amount, false,
             {.en = "Value of the open pipeline: a number, a cell or a range (summed).",
              .de = "Wert der offenen Pipeline: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Valeur du pipeline ouvert : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Valor del pipeline abierto: un número, una celda o un rango (se suma)."}},
            {"remaining_target", ArgumentKind::amount, false,
             {.en = "Revenue target still to close in the period: a number, a cell or a range "
                    "(summed).",
              .de = "Noch abzuschließendes Umsatzziel im Zeitraum: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Objectif de chiffre d'affaires restant à signer sur la période : un nombre, "
                    "une cellule ou une plage (additionnée).",
              .es = "Objetivo de ingresos que falta cerrar en el periodo: un número, una celda o "
                    "un rango (se suma)."}},
        },
        .summary = {.en = "Pipeline coverage: open pipeline divided by the target still to "
                          "close.",
                    .de = "Pipeline-Abdeckung: offene Pipeline geteilt durch das noch "
                          "abzuschließende Ziel.",
                    .fr = "Couverture du pipeline : pipeline ouvert divisé par l'objectif restant "
                          "à signer.",
                    .es = "Cobertura de pipeline: pipeline abierto dividido entre el objetivo que "
                          "falta cerrar."},
        .details = {.en = "pipeline / remaining_target, the denominator being what is left of the "
                          "target, not the full quota. The '3x' rule assumes a one-in-three win "
                          "rate: the coverage you need is 1 / win rate. A remaining target of 0 "
                          "(already met) is #DIV/0!.",
                    .de = "pipeline / remaining_target; im Nenner steht der Rest des Ziels, nicht "
                          "die volle Quote. Die '3x'-Regel unterstellt eine Win-Rate von eins zu "
                          "drei: Die nötige Abdeckung ist 1 / Win-Rate. Ein Restziel von 0 "
                          "(bereits erreicht) ergibt #DIV/0!.",
                    .fr = "pipeline / remaining_target, le dénominateur étant ce qui reste de "
                          "l'objectif, pas le quota entier. La règle du '3x' suppose un taux de "
                          "réussite d'une affaire sur trois : la couverture nécessaire est 1 / "
                          "taux de réussite. Un objectif restant de 0 (déjà atteint) donne "
                          "#DIV/0!.",
                    .es = "pipeline / remaining_target; el denominador es lo que queda del "
                          "objetivo, no la cuota completa. La regla del '3x' supone cerrar uno de "
                          "cada tres negocios: la cobertura que necesitas es 1 / tasa de cierre. "
                          "Un objetivo restante de 0 (ya cumplido) da #DIV/0!."},
        .example = "=PIPECOVER(300000;100000)",
        .example_result = "3",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "SALESVELOCITY",
        .parameters = {
            {"opportunities", ArgumentKind::amount, false,
             {.en = "Open opportunities: a number, a cell or a range (summed).",
              .de = "Offene Opportunities: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Opportunités ouvertes : un nombre, une cellule ou une plage (additionnée).",
              .es = "Oportunidades abiertas: un número, una celda o un rango (se suma)."}},
            {"avg_deal", ArgumentKind::number, false,
             {.en = "Average deal value: a number or a cell.",
              .de = "Durchschnittlicher Dealwert: eine Zahl oder eine Zelle.",
              .fr = "Valeur moyenne d'une affaire : un nombre ou une cellule.",
              .es = "Valor medio por negocio: un número o una celda."}},
            {"win_rate", ArgumentKind::number, false,
             {.en = "Win rate as a fraction between 0 and 1 (0.2, not 20).",
              .de = "Win-Rate als Anteil zwischen 0 und 1 (0.2, nicht 20).",
              .fr = "Taux de réussite sous forme de fraction entre 0 et 1 (0.2, pas 20).",
              .es = "Tasa de cierre como fracción entre 0 y 1 (0.2, no 20)."}},
            {"cycle_days", ArgumentKind::number, false,
             {.en = "Average sales cycle in days, above 0.",
              .de = "Durchschnittlicher Verkaufszyklus in Tagen, über 0.",
              .fr = "Cycle de vente moyen en jours, supérieur à 0.",
              .es = "Ciclo de venta medio en días, mayor que 0."}},
        },
        .summary = {.en = "Sales velocity: opportunities x average deal x win rate divided by "
                          "cycle length, revenue per day.",
                    .de = "Sales Velocity: Opportunities x durchschnittlicher Dealwert x Win-Rate "
                          "geteilt durch die Zykluslänge, Umsatz pro Tag.",
                    .fr = "Vélocité commerciale : opportunités x valeur moyenne d'une affaire x "
                          "taux de réussite divisé par la durée du cycle, en chiffre d'affaires "
                          "par jour.",
                    .es = "Velocidad de ventas: oportunidades x valor medio por negocio x tasa de "
                          "cierre dividido entre la duración del ciclo, en ingresos por día."},
        .details = {.en = "opportunities x avg_deal x win_rate / cycle_days: the revenue the "
                          "pipeline yields per day (x 30 for a month). The denominator is the "
                          "cycle in days; a win rate typed as 20 instead of 0.2 is Err:502. A "
                          "cycle of 0 days is #DIV/0!.",
                    .de = "opportunities x avg_deal x win_rate / cycle_days: der Umsatz, den die "
                          "Pipeline pro Tag abwirft (x 30 für einen Monat). Im Nenner steht der "
                          "Zyklus in Tagen; eine als 20 statt 0.2 eingegebene Win-Rate ergibt "
                          "Err:502. Ein Zyklus von 0 Tagen ergibt #DIV/0!.",
                    .fr = "opportunities x avg_deal x win_rate / cycle_days : le chiffre "
                          "d'affaires que le pipeline rapporte par jour (x 30 pour un mois). Le "
                          "dénominateur est le cycle en jours ; un taux de réussite saisi comme "
                          "20 au lieu de 0.2 donne Err:502. Un cycle de 0 jour donne #DIV/0!.",
                    .es = "opportunities x avg_deal x win_rate / cycle_days: los ingresos que "
                          "genera el pipeline por día (x 30 para un mes). El denominador es el "
                          "ciclo en días; una tasa de cierre escrita como 20 en lugar de 0.2 da "
                          "Err:502. Un ciclo de 0 días da #DIV/0!."},
        .example = "=SALESVELOCITY(50;10000;0.2;40)",
        .example_result = "2500",
        .shared_as = "IF(OR(SUM({1})<0;{2}<0;{3}<0;{3}>1;{4}<0);SQRT(-1);SUM({1})*{2}*{3}/{4})",
    },
    Function{
        .name = "CTR",
        .parameters = {
            {"clicks", ArgumentKind::amount, false,
             {.en = "Clicks: a number, a cell or a range (summed).",
              .de = "Klicks: eine Zahl, eine Zelle oder ein Bereich (wird summiert).",
              .fr = "Clics : un nombre, une cellule ou une plage (additionnée).",
              .es = "Clics: un número, una celda o un rango (se suma)."}},
            {"impressions", ArgumentKind::amount, false,
             {.en = "Impressions that produced them: a number, a cell or a range (summed).",
              .de = "Impressionen, aus denen sie entstanden sind: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Impressions qui les ont générés : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Impresiones que los generaron: un número, una celda o un rango (se "
                    "suma)."}},
        },
        .summary = {.en = "Click-through rate: clicks divided by impressions.",
                    .de = "Klickrate (CTR): Klicks geteilt durch Impressionen.",
                    .fr = "Taux de clics (CTR) : clics divisés par les impressions.",
                    .es = "Tasa de clics (CTR): clics divididos entre impresiones."},
        .details = {.en = "clicks / impressions, a fraction (format as a percentage). Clicks above "
                          "impressions are Err:502: the two come from different reports or date "
                          "ranges. Zero impressions is #DIV/0!, not 0%.",
                    .de = "clicks / impressions, ein Anteil (als Prozent formatieren). Mehr Klicks "
                          "als Impressionen ergeben Err:502: Die beiden Zahlen stammen aus "
                          "verschiedenen Berichten oder Zeiträumen. Null Impressionen ergeben "
                          "#DIV/0!, nicht 0 %.",
                    .fr = "clicks / impressions, une fraction (au format pourcentage). Plus de "
                          "clics que d'impressions donne Err:502 : les deux chiffres viennent de "
                          "rapports ou de plages de dates différents. Zéro impression donne "
                          "#DIV/0!, pas 0 %.",
                    .es = "clicks / impressions, una fracción (con formato de porcentaje). Más "
                          "clics que impresiones da Err:502: las dos cifras vienen de informes o "
                          "rangos de fechas distintos. Cero impresiones da #DIV/0!, no 0 %."},
        .example = "=CTR(150;10000)",
        .example_result = "0.015",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);IF(SUM({2})=0;1/0;"
                     "IF(SUM({1})>SUM({2});SQRT(-1);SUM({1})/SUM({2}))))",
    },
    Function{
        .name = "CPC",
        .parameters = {
            media_cost_parameter,
            {"clicks", ArgumentKind::amount, false,
             {.en = "Clicks bought with it: a number, a cell or a range (summed).",
              .de = "Damit eingekaufte Klicks: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Clics achetés avec ce coût : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Clics comprados con ese coste: un número, una celda o un rango (se "
                    "suma)."}},
        },
        .summary = {.en = "Cost per click: cost divided by clicks.",
                    .de = "Kosten pro Klick: Kosten geteilt durch Klicks.",
                    .fr = "Coût par clic : coût divisé par le nombre de clics.",
                    .es = "Coste por clic: coste dividido entre el número de clics."},
        .details = {.en = "cost / clicks. Ranges are summed, so a campaign's CPC is total cost over "
                          "total clicks, not an average of daily CPCs. Zero clicks is #DIV/0!, "
                          "never a CPC of 0.",
                    .de = "cost / clicks. Bereiche werden summiert: Der CPC einer Kampagne ist "
                          "also Gesamtkosten durch Gesamtklicks, kein Durchschnitt der "
                          "Tages-CPCs. Null Klicks ergeben #DIV/0!, nie einen CPC von 0.",
                    .fr = "cost / clicks. Les plages sont additionnées : le CPC d'une campagne "
                          "est donc le coût total rapporté au total des clics, pas une moyenne des "
                          "CPC quotidiens. Zéro clic donne #DIV/0!, jamais un CPC de 0.",
                    .es = "cost / clicks. Los rangos se suman, así que el CPC de una campaña es "
                          "el coste total entre el total de clics, no una media de los CPC "
                          "diarios. Cero clics da #DIV/0!, nunca un CPC de 0."},
        .example = "=CPC(300;150)",
        .example_result = "2",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "CPM",
        .parameters = {
            media_cost_parameter,
            {"impressions", ArgumentKind::amount, false,
             {.en = "Impressions bought with it: a number, a cell or a range (summed).",
              .de = "Damit eingekaufte Impressionen: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Impressions achetées avec ce coût : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "Impresiones compradas con ese coste: un número, una celda o un rango (se "
                    "suma)."}},
        },
        .summary = {.en = "Cost per mille: cost per thousand impressions.",
                    .de = "Tausend-Kontakt-Preis (TKP, CPM): Kosten pro tausend Impressionen.",
                    .fr = "Coût pour mille (CPM) : coût pour mille impressions.",
                    .es = "Coste por mil (CPM): coste por cada mil impresiones."},
        .details = {.en = "cost / impressions x 1000, the denominator being thousands of "
                          "impressions: without the x 1000 it is a cost per impression, 1000 times "
                          "smaller. Zero impressions is #DIV/0!.",
                    .de = "cost / impressions x 1000; im Nenner stehen Tausender Impressionen: "
                          "Ohne das x 1000 sind es Kosten pro Impression, 1000-mal kleiner. Null "
                          "Impressionen ergeben #DIV/0!.",
                    .fr = "cost / impressions x 1000, le dénominateur étant des milliers "
                          "d'impressions : sans le x 1000, c'est un coût par impression, 1000 "
                          "fois plus petit. Zéro impression donne #DIV/0!.",
                    .es = "cost / impressions x 1000; el denominador son miles de impresiones: "
                          "sin el x 1000 es un coste por impresión, 1000 veces menor. Cero "
                          "impresiones da #DIV/0!."},
        .example = "=CPM(250;50000)",
        .example_result = "5",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/(SUM({2})/1000))",
    },
    Function{
        .name = "ENGRATE",
        .parameters = {
            {"engagements", ArgumentKind::amount, false,
             {.en = "Engagements (likes, comments, shares, clicks): a number, a cell or a range "
                    "(summed).",
              .de = "Interaktionen (Likes, Kommentare, Shares, Klicks): eine Zahl, eine Zelle "
                    "oder ein Bereich (wird summiert).",
              .fr = "Interactions (j'aime, commentaires, partages, clics) : un nombre, une "
                    "cellule ou une plage (additionnée).",
              .es = "Interacciones (me gusta, comentarios, compartidos, clics): un número, una "
                    "celda o un rango (se suma)."}},
            {"base", ArgumentKind::amount, false,
             {.en = "The base: reach, impressions or followers. State which in a cell beside the "
                    "rate.",
              .de = "Die Basis: Reichweite, Impressionen oder Follower. Notieren Sie in einer "
                    "Zelle neben der Rate, welche.",
              .fr = "La base : portée, impressions ou abonnés. Indiquez laquelle dans une cellule "
                    "à côté du taux.",
              .es = "La base: alcance, impresiones o seguidores. Indica cuál en una celda junto a "
                    "la tasa."}},
        },
        .summary = {.en = "Engagement rate: engagements divided by a stated base (reach, "
                          "impressions or followers).",
                    .de = "Engagement-Rate: Interaktionen geteilt durch eine angegebene Basis "
                          "(Reichweite, Impressionen oder Follower).",
                    .fr = "Taux d'engagement : interactions divisées par une base précisée "
                          "(portée, impressions ou abonnés).",
                    .es = "Tasa de engagement: interacciones divididas entre una base indicada "
                          "(alcance, impresiones o seguidores)."},
        .details = {.en = "engagements / base. There is no standard denominator: the same posts "
                          "give very different rates over reach, impressions or followers, and "
                          "platforms differ in which they use, so write the base beside the rate "
                          "and compare only rates on the same base. It may exceed 1 (one person "
                          "engages several times). A base of 0 is #DIV/0!.",
                    .de = "engagements / base. Einen Standardnenner gibt es nicht: Dieselben "
                          "Posts ergeben bezogen auf Reichweite, Impressionen oder Follower sehr "
                          "unterschiedliche Raten, und jede Plattform rechnet anders. Notieren Sie "
                          "die Basis daher neben der Rate und vergleichen Sie nur Raten auf "
                          "derselben Basis. Die Rate kann über 1 liegen (eine Person interagiert "
                          "mehrmals). Eine Basis von 0 ergibt #DIV/0!.",
                    .fr = "engagements / base. Il n'existe pas de dénominateur standard : les "
                          "mêmes publications donnent des taux très différents selon la portée, "
                          "les impressions ou les abonnés, et chaque plateforme a sa propre base. "
                          "Notez donc la base à côté du taux et ne comparez que des taux sur la "
                          "même base. Le taux peut dépasser 1 (une personne interagit plusieurs "
                          "fois). Une base de 0 donne #DIV/0!.",
                    .es = "engagements / base. No hay un denominador estándar: las mismas "
                          "publicaciones dan tasas muy distintas sobre alcance, impresiones o "
                          "seguidores, y cada plataforma usa su propia base, así que anota la "
                          "base junto a la tasa y compara solo tasas sobre la misma base. Puede "
                          "superar 1 (una persona interactúa varias veces). Una base de 0 da "
                          "#DIV/0!."},
        .example = "=ENGRATE(450;15000)",
        .example_result = "0.03",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);SUM({1})/SUM({2}))",
    },
    Function{
        .name = "GROWTHREQ",
        .parameters = {
            {"baseline", ArgumentKind::amount, false,
             {.en = "Today's level, e.g. leads per month: a number, a cell or a range (summed).",
              .de = "Das heutige Niveau, z. B. Leads pro Monat: eine Zahl, eine Zelle oder ein "
                    "Bereich (wird summiert).",
              .fr = "Le niveau actuel, par exemple les leads par mois : un nombre, une cellule "
                    "ou une plage (additionnée).",
              .es = "El nivel actual, p. ej. leads al mes: un número, una celda o un rango (se "
                    "suma)."}},
            {"target", ArgumentKind::amount, false,
             {.en = "The level to reach: a number, a cell or a range (summed).",
              .de = "Das zu erreichende Niveau: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Le niveau à atteindre : un nombre, une cellule ou une plage "
                    "(additionnée).",
              .es = "El nivel que hay que alcanzar: un número, una celda o un rango (se "
                    "suma)."}},
            {"periods", ArgumentKind::number, false,
             {.en = "Number of periods to get there, above 0 (e.g. 12 months).",
              .de = "Anzahl der Perioden bis dahin, über 0 (z. B. 12 Monate).",
              .fr = "Nombre de périodes pour y parvenir, supérieur à 0 (par exemple 12 mois).",
              .es = "Número de periodos para lograrlo, mayor que 0 (p. ej. 12 meses)."}},
        },
        .summary = {.en = "Compound growth needed per period to go from a baseline to a target.",
                    .de = "Nötiges Wachstum pro Periode, mit Zinseszinseffekt, um von einem "
                          "Ausgangswert zu einem Ziel zu kommen.",
                    .fr = "Croissance composée nécessaire par période pour passer d'un niveau de "
                          "départ à un objectif.",
                    .es = "Crecimiento compuesto necesario por periodo para pasar de un valor de "
                          "partida a un objetivo."},
        .details = {.en = "(target / baseline)^(1 / periods) - 1. Doubling in 12 months needs "
                          "about 5.95% a month, not 100% / 12 = 8.3%. A target below the baseline "
                          "gives a negative rate. periods must be above 0 (Err:502); a baseline "
                          "of 0 is #DIV/0!.",
                    .de = "(target / baseline)^(1 / periods) - 1. Eine Verdopplung in 12 Monaten "
                          "braucht etwa 5.95 % pro Monat, nicht 100 % / 12 = 8.3 %. Ein Ziel unter "
                          "dem Ausgangswert ergibt eine negative Rate. periods muss über 0 liegen "
                          "(Err:502); ein Ausgangswert von 0 ergibt #DIV/0!.",
                    .fr = "(target / baseline)^(1 / periods) - 1. Doubler en 12 mois demande "
                          "environ 5.95 % par mois, et non 100 % / 12 = 8.3 %. Un objectif "
                          "inférieur au niveau de départ donne un taux négatif. periods doit être "
                          "supérieur à 0 (Err:502) ; un niveau de départ de 0 donne #DIV/0!.",
                    .es = "(target / baseline)^(1 / periods) - 1. Duplicar en 12 meses requiere "
                          "alrededor de un 5.95 % al mes, no 100 % / 12 = 8.3 %. Un objetivo por "
                          "debajo del valor de partida da una tasa negativa. periods debe ser "
                          "mayor que 0 (Err:502); un valor de partida de 0 da #DIV/0!."},
        .example = "=GROWTHREQ(100;200;12)",
        .example_result = "0.0595 (2^(1/12) - 1)",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0;{3}<=0);SQRT(-1);IF(SUM({1})=0;1/0;"
                     "(SUM({2})/SUM({1}))^(1/{3})-1))",
    },
    Function{
        .name = "WEAKESTSTAGE",
        .parameters = {
            stages_parameter,
            {"benchmarks", ArgumentKind::list, true,
             {.en = "Optional benchmark step rates, one per step (stages - 1), each between 0 and "
                    "1.",
              .de = "Optional: Benchmark-Übergangsraten, eine pro Übergang (Stufen - 1), jede "
                    "zwischen 0 und 1.",
              .fr = "Facultatif : taux de passage de référence (benchmarks), un par passage "
                    "(étapes - 1), chacun entre 0 et 1.",
              .es = "Opcional: tasas de paso de referencia (benchmarks), una por paso (etapas - "
                    "1), cada una entre 0 y 1."}},
        },
        .summary = {.en = "The funnel step that converts worst: its 1-based number, step 1 being "
                          "stage 1 to stage 2.",
                    .de = "Der Funnel-Übergang mit der schlechtesten Conversion: seine Nummer ab "
                          "1, wobei Übergang 1 von Stufe 1 zu Stufe 2 führt.",
                    .fr = "Le passage de l'entonnoir qui convertit le moins bien : son numéro à "
                          "partir de 1, le passage 1 allant de l'étape 1 à l'étape 2.",
                    .es = "El paso del embudo que peor convierte: su número contando desde 1, "
                          "siendo el paso 1 el que va de la etapa 1 a la etapa 2."},
        .details = {.en = "Without benchmarks, the step with the lowest rate stages[i+1] / "
                          "stages[i]. Raw rates usually point at the bottom of the funnel, so give "
                          "benchmarks: then it is the step with the lowest rate / benchmark, the "
                          "furthest below its benchmark relatively. Ties go to the first step. "
                          "Benchmarks not numbering stages - 1 are Err:502; an empty top stage or "
                          "a zero benchmark is #DIV/0!.",
                    .de = "Ohne Benchmarks der Übergang mit der niedrigsten Rate stages[i+1] / "
                          "stages[i]. Rohe Raten zeigen meist auf das Ende des Funnels, geben Sie "
                          "also Benchmarks an: Dann ist es der Übergang mit dem niedrigsten "
                          "Verhältnis Rate / Benchmark, also der relativ am weitesten unter "
                          "seinem Benchmark. Bei Gleichstand gewinnt der erste Übergang. "
                          "Benchmarks, deren Anzahl nicht Stufen - 1 ist, ergeben Err:502; eine "
                          "leere oberste Stufe oder ein Benchmark von 0 ergibt #DIV/0!.",
                    .fr = "Sans benchmarks, le passage au taux stages[i+1] / stages[i] le plus "
                          "bas. Les taux bruts désignent en général le bas de l'entonnoir : "
                          "indiquez donc des benchmarks ; c'est alors le passage au plus faible "
                          "rapport taux / benchmark, le plus en dessous de son benchmark en "
                          "relatif. En cas d'égalité, le premier passage l'emporte. Des "
                          "benchmarks dont le nombre n'est pas étapes - 1 donnent Err:502 ; une "
                          "première étape vide ou un benchmark nul donne #DIV/0!.",
                    .es = "Sin benchmarks, el paso con la tasa stages[i+1] / stages[i] más baja. "
                          "Las tasas en bruto suelen señalar el final del embudo, así que indica "
                          "benchmarks: entonces es el paso con el menor cociente tasa / "
                          "benchmark, el que más se queda por debajo de su benchmark en términos "
                          "relativos. En caso de empate gana el primer paso. Si el número de "
                          "benchmarks no es etapas - 1, da Err:502; una primera etapa vacía o un "
                          "benchmark de 0 da #DIV/0!."},
        .example = "=WEAKESTSTAGE({2000;400;100;20};{0.1;0.5;0.25})",
        .example_result = "2",
        .frozen_because = "it finds the step furthest below its benchmark across the whole "
                          "funnel list, an array search over a header-skipping list with no "
                          "readable formula",
    },
    Function{
        .name = "BUDGETGAP",
        .parameters = {
            {"actual", ArgumentKind::amount, false,
             {.en = "Actual spend: a number, a cell or a range (summed).",
              .de = "Tatsächliche Ausgaben: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Dépenses réelles : un nombre, une cellule ou une plage (additionnée).",
              .es = "Gasto real: un número, una celda o un rango (se suma)."}},
            {"budget", ArgumentKind::amount, false,
             {.en = "Budgeted spend: a number, a cell or a range (summed).",
              .de = "Budgetierte Ausgaben: eine Zahl, eine Zelle oder ein Bereich (wird "
                    "summiert).",
              .fr = "Dépenses budgétées : un nombre, une cellule ou une plage (additionnée).",
              .es = "Gasto presupuestado: un número, una celda o un rango (se suma)."}},
        },
        .summary = {.en = "Budget variance: (actual - budget) divided by budget; positive is "
                          "overspend.",
                    .de = "Budgetabweichung: (actual - budget) geteilt durch budget; positiv "
                          "heißt Budgetüberschreitung.",
                    .fr = "Écart budgétaire : (actual - budget) divisé par budget ; positif "
                          "signifie un dépassement.",
                    .es = "Desviación presupuestaria: (actual - budget) dividido entre budget; "
                          "positivo significa gasto por encima del presupuesto."},
        .details = {.en = "(actual - budget) / budget: 0.1 is 10% over budget, -0.1 is 10% under. "
                          "The denominator is the budget, not the actual spend. A budget of 0 is "
                          "#DIV/0!.",
                    .de = "(actual - budget) / budget: 0.1 heißt 10 % über Budget, -0.1 heißt "
                          "10 % darunter. Im Nenner steht das Budget, nicht die tatsächlichen "
                          "Ausgaben. Ein Budget von 0 ergibt #DIV/0!.",
                    .fr = "(actual - budget) / budget : 0.1 signifie 10 % au-dessus du budget, "
                          "-0.1 10 % en dessous. Le dénominateur est le budget, pas la dépense "
                          "réelle. Un budget de 0 donne #DIV/0!.",
                    .es = "(actual - budget) / budget: 0.1 es un 10 % por encima del "
                          "presupuesto; -0.1, un 10 % por debajo. El denominador es el "
                          "presupuesto, no el gasto real. Un presupuesto de 0 da #DIV/0!."},
        .example = "=BUDGETGAP(11000;10000)",
        .example_result = "0.1",
        .shared_as = "IF(OR(SUM({1})<0;SUM({2})<0);SQRT(-1);(SUM({1})-SUM({2}))/SUM({2}))",
    },
};

} // namespace goalpost::catalogue
