#include "goalpost/metrics.hpp"

#include "domain.hpp"

namespace goalpost {

using detail::check_fraction;
using detail::check_non_negative;
using detail::check_non_zero;
using detail::first_failure;
using detail::ratio_of_amounts;
using detail::share_of_amounts;

Result<double> cost_per_lead(double spend, double leads) {
    return ratio_of_amounts(spend, leads);
}

Result<double> cost_per_acquisition(double spend, double acquisitions) {
    return ratio_of_amounts(spend, acquisitions);
}

Result<double> customer_acquisition_cost(double marketing_cost, double new_customers,
                                         double sales_cost) {
    if (auto failure = first_failure(check_non_negative(marketing_cost, 1),
                                     check_non_negative(new_customers, 2),
                                     check_non_negative(sales_cost, 3))) {
        return *failure;
    }
    if (auto failure = check_non_zero(new_customers, 2)) {
        return *failure;
    }
    return finite((marketing_cost + sales_cost) / new_customers);
}

Result<double> return_on_ad_spend(double revenue, double ad_spend) {
    return ratio_of_amounts(revenue, ad_spend);
}

Result<double> return_on_investment(double revenue, double cost, double margin) {
    if (auto failure = first_failure(check_non_negative(revenue, 1), check_non_negative(cost, 2),
                                     check_fraction(margin, 3))) {
        return *failure;
    }
    if (auto failure = check_non_zero(cost, 2)) {
        return *failure;
    }
    return finite((revenue * margin - cost) / cost);
}

Result<double> conversion_rate(double conversions, double total) {
    return share_of_amounts(conversions, total);
}

} // namespace goalpost
