// Cost and return metrics that tie marketing spend to business outcomes.
// Inputs are already-resolved amounts (the adapter sums ranges); every function validates its
// own domain and reports the offending argument by its 1-based position.
#pragma once

#include "goalpost/result.hpp"

namespace goalpost {

// Cost per lead: spend / leads. Zero leads is undefined (#DIV/0!), never a CPL of 0.
Result<double> cost_per_lead(double spend, double leads);

// Cost per acquisition: spend / acquisitions.
Result<double> cost_per_acquisition(double spend, double acquisitions);

// Customer acquisition cost: (marketing_cost + sales_cost) / new_customers. Passing only paid
// media cost gives paid CAC; adding sales cost gives blended CAC.
Result<double> customer_acquisition_cost(double marketing_cost, double new_customers,
                                         double sales_cost = 0.0);

// Return on ad spend: revenue / ad_spend (revenue, not profit; 5 means 500%).
Result<double> return_on_ad_spend(double revenue, double ad_spend);

// Return on investment: (revenue * margin - cost) / cost, margin a fraction in [0; 1].
Result<double> return_on_investment(double revenue, double cost, double margin = 1.0);

// Conversion rate: conversions / total, conversions at most total.
Result<double> conversion_rate(double conversions, double total);

} // namespace goalpost
