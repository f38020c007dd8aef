// FunctionsComponent: the KPI catalogue.
#include "answer.hpp"
#include "functions_component.hpp"
#include "uno_arguments.hpp"

#include "goalpost/kpi.hpp"

#include <optional>
#include <span>

namespace goalpost::addin {

double FunctionsComponent::mer(const DoubleRows& total_revenue,
                               const DoubleRows& total_marketing_spend) {
    return number_answer([&] {
        return apply_converted(marketing_efficiency_ratio, required_amount(total_revenue),
                               required_amount(total_marketing_spend));
    });
}

double FunctionsComponent::ltv(double arpa, double gross_margin, double churn_rate) {
    return number_answer([&] { return lifetime_value(arpa, gross_margin, churn_rate); });
}

double FunctionsComponent::ltvcac(double ltv, double cac) {
    return number_answer([&] { return ltv_to_cac(ltv, cac); });
}

double FunctionsComponent::breakevenroas(double gross_margin) {
    return number_answer([&] { return break_even_roas(gross_margin); });
}

double FunctionsComponent::payback(double cac, double arpa, double gross_margin) {
    return number_answer([&] { return cac_payback(cac, arpa, gross_margin); });
}

double FunctionsComponent::lvr(const DoubleRows& qualified_now,
                               const DoubleRows& qualified_before) {
    return number_answer([&] {
        return apply_converted(lead_velocity_rate, required_amount(qualified_now),
                               required_amount(qualified_before));
    });
}

double FunctionsComponent::winrate(const DoubleRows& won, const DoubleRows& lost,
                                   const Any& open) {
    return number_answer([&] {
        return apply_converted(win_rate, required_amount(won), required_amount(lost),
                               optional_amount(open, 3, 0.0));
    });
}

double FunctionsComponent::pipecover(const DoubleRows& pipeline,
                                     const DoubleRows& remaining_target) {
    return number_answer([&] {
        return apply_converted(pipeline_coverage, required_amount(pipeline),
                               required_amount(remaining_target));
    });
}

double FunctionsComponent::salesvelocity(const DoubleRows& opportunities, double avg_deal,
                                         double win_rate, double cycle_days) {
    return number_answer([&] {
        return apply_converted([&](double opportunity_count) {
            return sales_velocity(opportunity_count, avg_deal, win_rate, cycle_days);
        }, required_amount(opportunities));
    });
}

double FunctionsComponent::ctr(const DoubleRows& clicks, const DoubleRows& impressions) {
    return number_answer([&] {
        return apply_converted(click_through_rate, required_amount(clicks),
                               required_amount(impressions));
    });
}

double FunctionsComponent::cpc(const DoubleRows& cost, const DoubleRows& clicks) {
    return number_answer([&] {
        return apply_converted(cost_per_click, required_amount(cost), required_amount(clicks));
    });
}

double FunctionsComponent::cpm(const DoubleRows& cost, const DoubleRows& impressions) {
    return number_answer([&] {
        return apply_converted(cost_per_mille, required_amount(cost),
                               required_amount(impressions));
    });
}

double FunctionsComponent::engrate(const DoubleRows& engagements, const DoubleRows& base) {
    return number_answer([&] {
        return apply_converted(engagement_rate, required_amount(engagements),
                               required_amount(base));
    });
}

double FunctionsComponent::growthreq(const DoubleRows& baseline, const DoubleRows& target,
                                     double periods) {
    return number_answer([&] {
        return apply_converted([&](double baseline_value, double target_value) {
            return growth_required(baseline_value, target_value, periods);
        }, required_amount(baseline), required_amount(target));
    });
}

double FunctionsComponent::weakeststage(const AnyRows& stages, const Any& benchmarks) {
    return number_answer([&] {
        return apply_converted(
            [](const NumberList& stage_list, const std::optional<NumberList>& benchmark_list) {
                if (!benchmark_list) {
                    return weakest_stage(stage_list.values);
                }
                return weakest_stage(stage_list.values,
                                     std::span<const double>(benchmark_list->values));
            },
            number_list(stages, 1), optional_number_list(benchmarks, 2));
    });
}

double FunctionsComponent::nrr(const DoubleRows& start_mrr, const DoubleRows& expansion,
                               const DoubleRows& contraction, const DoubleRows& churn) {
    return number_answer([&] {
        return apply_converted(net_revenue_retention, required_amount(start_mrr),
                               required_amount(expansion), required_amount(contraction),
                               required_amount(churn));
    });
}

double FunctionsComponent::grr(const DoubleRows& start_mrr, const DoubleRows& contraction,
                               const DoubleRows& churn) {
    return number_answer([&] {
        return apply_converted(gross_revenue_retention, required_amount(start_mrr),
                               required_amount(contraction), required_amount(churn));
    });
}

double FunctionsComponent::budgetgap(const DoubleRows& actual, const DoubleRows& budget) {
    return number_answer([&] {
        return apply_converted(budget_gap, required_amount(actual), required_amount(budget));
    });
}

} // namespace goalpost::addin
