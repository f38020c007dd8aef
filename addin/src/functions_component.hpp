// The UNO component Calc calls: one method per catalogue function, each converting its
// arguments, calling the core and mapping the result. No domain logic here.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/goalpost/calc/XFunctions.hpp>

namespace goalpost::addin {

using css::uno::Any;
using rtl::OUString;
using css::uno::Sequence;
using DoubleRows = Sequence<Sequence<double>>;
using AnyRows = Sequence<Sequence<Any>>;

class FunctionsComponent final
    : public cppu::WeakImplHelper3<org::goalpost::calc::XFunctions, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
public:
    // XFunctions: marketing metrics
    double SAL_CALL cpl(const DoubleRows& spend, const DoubleRows& leads) override;
    double SAL_CALL cpa(const DoubleRows& spend, const DoubleRows& acquisitions) override;
    double SAL_CALL cac(const DoubleRows& marketing_cost, const DoubleRows& new_customers,
                        const Any& sales_cost) override;
    double SAL_CALL roas(const DoubleRows& revenue, const DoubleRows& ad_spend) override;
    double SAL_CALL roi(const DoubleRows& revenue, const DoubleRows& cost,
                        const Any& margin) override;
    double SAL_CALL convrate(const DoubleRows& conversions, const DoubleRows& total) override;

    // XFunctions: funnel
    double SAL_CALL funnelconv(const AnyRows& stages, const Any& from, const Any& to) override;
    DoubleRows SAL_CALL funnelsteps(const AnyRows& stages) override;

    // XFunctions: planning
    double SAL_CALL leadsneeded(double target, const AnyRows& rates) override;
    DoubleRows SAL_CALL reversefunnel(double target, const AnyRows& rates) override;
    double SAL_CALL budgetneeded(double target, const AnyRows& rates,
                                 double cost_per_lead) override;
    double SAL_CALL runrate(const DoubleRows& actual, double elapsed, double period) override;
    double SAL_CALL pace(const DoubleRows& actual, double target, double elapsed,
                         double period) override;

    // XFunctions: statistics
    double SAL_CALL convlow(const DoubleRows& conversions, const DoubleRows& trials,
                            const Any& confidence) override;
    double SAL_CALL convhigh(const DoubleRows& conversions, const DoubleRows& trials,
                             const Any& confidence) override;
    double SAL_CALL convpvalue(const DoubleRows& conv_a, const DoubleRows& trials_a,
                               const DoubleRows& conv_b, const DoubleRows& trials_b) override;
    double SAL_CALL samplesize(double base_rate, double relative_lift, const Any& alpha,
                               const Any& power) override;

    // XFunctions: KPI catalogue
    double SAL_CALL mer(const DoubleRows& total_revenue,
                        const DoubleRows& total_marketing_spend) override;
    double SAL_CALL ltv(double arpa, double gross_margin, double churn_rate) override;
    double SAL_CALL ltvcac(double ltv, double cac) override;
    double SAL_CALL payback(double cac, double arpa, double gross_margin) override;
    double SAL_CALL lvr(const DoubleRows& qualified_now,
                        const DoubleRows& qualified_before) override;
    double SAL_CALL winrate(const DoubleRows& won, const DoubleRows& lost,
                            const Any& open) override;
    double SAL_CALL pipecover(const DoubleRows& pipeline,
                              const DoubleRows& remaining_target) override;
    double SAL_CALL salesvelocity(const DoubleRows& opportunities, double avg_deal,
                                  double win_rate, double cycle_days) override;
    double SAL_CALL ctr(const DoubleRows& clicks, const DoubleRows& impressions) override;
    double SAL_CALL cpc(const DoubleRows& cost, const DoubleRows& clicks) override;
    double SAL_CALL cpm(const DoubleRows& cost, const DoubleRows& impressions) override;
    double SAL_CALL engrate(const DoubleRows& engagements, const DoubleRows& base) override;
    double SAL_CALL growthreq(const DoubleRows& baseline, const DoubleRows& target,
                              double periods) override;
    double SAL_CALL countlow(const DoubleRows& count, const Any& confidence) override;
    double SAL_CALL counthigh(const DoubleRows& count, const Any& confidence) override;
    double SAL_CALL weakeststage(const AnyRows& stages, const Any& benchmarks) override;
    double SAL_CALL budgetgap(const DoubleRows& actual, const DoubleRows& budget) override;

    // XFunctions: objective language
    double SAL_CALL smartscore(const OUString& objective, const Any& baseline) override;
    Any SAL_CALL smartmet(const OUString& objective, const OUString& criterion,
                          const Any& baseline) override;
    Any SAL_CALL smartgaps(const OUString& objective, const Any& baseline) override;
    Any SAL_CALL objectivefield(const OUString& objective, const OUString& field,
                                const Any& start_date) override;
    Any SAL_CALL metrictier(const OUString& metric) override;
    Any SAL_CALL objectivecheck(const OUString& objective, const DoubleRows& actual,
                                double elapsed_days, const Any& spend, const Any& conversions,
                                const Any& baseline, const Any& start_date) override;
    Any SAL_CALL objectivepace(const OUString& objective, const DoubleRows& actual,
                               double elapsed_days, const Any& baseline,
                               const Any& start_date) override;

    // XFunctions: strategy structure
    Any SAL_CALL statementkind(const OUString& statement) override;
    Any SAL_CALL planaudit(const AnyRows& statements, const Any& kinds) override;
    double SAL_CALL planscore(const AnyRows& statements, const Any& kinds) override;

    // XFunctions: whole-range forms
    DoubleRows SAL_CALL smartscores(const AnyRows& objectives, const Any& baselines) override;
    DoubleRows SAL_CALL cpls(const AnyRows& spend_column, const AnyRows& leads_column) override;

    // XServiceName
    OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override;
};

} // namespace goalpost::addin
