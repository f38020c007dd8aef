// The objectives every speed figure of the reader is measured on (docs/performance.md,
// docs/languages.md "Speed"): the benchmark and the instruction count read the same lists.
#pragma once

#include <array>
#include <string_view>

namespace goalpost::benchmark_lists {

// Typical objectives: short and vague, long and SMART, relative, dated.
constexpr std::array<std::string_view, 8> english_objectives{
    "Get more leads",
    "Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into customers "
    "within three months",
    "Increase engagement on Instagram by 25% in the next two quarters",
    "Win 5 customers outside machinery sales by the end of Q4",
    "Reduce CPA to below €45 on Facebook by 31 December 2027",
    "Book 1,500 qualified leads in the UK within 90 days",
    "Grow MRR from $80k to $120k by June 30",
    "Double enterprise SQLs in 60 days",
};

// The same mix with objectives as German, French and Spanish marketers write them (issue 14:
// speed kept at >= 500k objectives/s on a mixed-language corpus).
constexpr std::array<std::string_view, 12> mixed_language_objectives{
    "Get more leads",
    "Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into customers "
    "within three months",
    "Reduce CPA to below €45 on Facebook by 31 December 2027",
    "Double enterprise SQLs in 60 days",
    "30 Leads pro Monat über Google Ads mit einem CPL unter 20 €, 10 % davon innerhalb von drei "
    "Monaten zu Kunden machen",
    "Umsatz im Onlineshop bis 30.09.2026 um 15 % steigern",
    "Mehr Demo-Anfragen aus dem Mittelstand",
    "Générer 1 500 leads qualifiés par mois via LinkedIn d'ici fin T3",
    "Réduire le coût par lead de 20 % sur Meta en 3 mois",
    "Augmenter la notoriété assistée auprès des DAF de 18 % à 25 % d'ici le 31/12/2026",
    "Captar 300 leads al mes en Google Ads y convertir el 8 % en oportunidades",
    "Aumentar la facturación de la tienda online un 20 % antes de Navidad",
};

} // namespace goalpost::benchmark_lists
