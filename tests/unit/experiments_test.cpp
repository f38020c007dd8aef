// Experiments (goalpost/experiments.hpp). The expected values come from
// tests/data/experiment_reference.py, written without reading this code: Python's standard
// library in 50-digit decimals, the chi-square survival function of A&S 26.4 for SRMPVALUE,
// tanh-sinh quadrature in both orders (cross-checked with Miller's and Stucchio's closed forms)
// for PROBBEATS and EXPECTEDLOSS, Fleiss-Levin-Paik for SAMPLESIZE and a 45-digit bisection
// for MINLIFT. Its table is read here line by line.
#include "goalpost/experiments.hpp"

#include "corpus_lines.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace goalpost {
namespace {

struct ReferenceCase {
    std::string function;
    std::vector<std::string> arguments; // six, "" where omitted
    double expected;
};

std::vector<ReferenceCase> reference_cases() {
    std::ifstream file(GOALPOST_TEST_DATA_DIR "/experiment_reference.tsv");
    std::vector<ReferenceCase> cases;
    for (std::string line; std::getline(file, line);) {
        if (test::is_comment_or_blank(line)) {
            continue;
        }
        auto fields = test::split(line, "\t");
        if (fields.size() != 8) {
            ADD_FAILURE() << "not 8 fields: " << line;
            continue;
        }
        cases.push_back({fields[0], {fields.begin() + 1, fields.begin() + 7}, std::stod(fields[7])});
    }
    return cases;
}

std::optional<double> number(const std::string& field) {
    return field.empty() ? std::nullopt : std::optional<double>(std::stod(field));
}

std::vector<double> numbers(const std::string& field) {
    std::vector<double> result;
    for (const std::string& part : test::split(field, ";")) {
        if (!part.empty()) {
            result.push_back(std::stod(part));
        }
    }
    return result;
}

TestDesign design(std::optional<double> alpha, std::optional<double> power,
                  std::optional<double> variants) {
    return {alpha.value_or(default_alpha), power.value_or(default_power), variants.value_or(2.0)};
}

// The call a reference line describes.
Result<double> call(const ReferenceCase& c) {
    const auto& a = c.arguments;
    if (c.function == "SRMPVALUE") {
        return sample_ratio_p_value(numbers(a[0]), numbers(a[1]));
    }
    if (c.function == "PROBBEATS" || c.function == "EXPECTEDLOSS") {
        const VariantData variant_a{std::stod(a[0]), std::stod(a[1])};
        const VariantData variant_b{std::stod(a[2]), std::stod(a[3])};
        const BetaPrior prior{number(a[4]).value_or(1.0), number(a[5]).value_or(1.0)};
        return c.function == "PROBBEATS" ? probability_b_beats_a(variant_a, variant_b, prior)
                                         : expected_loss_of_b(variant_a, variant_b, prior);
    }
    if (c.function == "SAMPLESIZE") {
        TestDesign chosen = design(number(a[2]), number(a[3]), number(a[4]));
        if (number(a[5])) {
            chosen.sides = *sides_from(*number(a[5]), 6);
        }
        return sample_size(std::stod(a[0]), std::stod(a[1]), chosen);
    }
    if (c.function == "MINLIFT") {
        return minimum_detectable_lift(std::stod(a[0]), std::stod(a[1]),
                                       design(number(a[2]), number(a[3]), number(a[4])));
    }
    if (c.function == "TESTDAYS") {
        return test_days(std::stod(a[0]), std::stod(a[1]), std::stod(a[2]),
                         design(number(a[4]), number(a[5]), number(a[3])));
    }
    ADD_FAILURE() << "unknown function " << c.function;
    return Failure{ErrorKind::not_available, 0, "unknown function"};
}

// A prior that is not a whole number: the exact sum needs whole priors, so such a call is refused.
bool fractional_prior(const ReferenceCase& c) {
    const auto is_fraction = [](const std::string& field) {
        return !field.empty() && std::stod(field) != std::floor(std::stod(field));
    };
    return (c.function == "PROBBEATS" || c.function == "EXPECTEDLOSS") &&
           (is_fraction(c.arguments[4]) || is_fraction(c.arguments[5]));
}

TEST(ExperimentReference, EveryCaseAgreesWithTheIndependentComputation) {
    const auto cases = reference_cases();
    ASSERT_GE(cases.size(), 40U);
    for (const ReferenceCase& c : cases) {
        const std::string where = c.function + "(" + c.arguments[0] + "; " + c.arguments[1] +
                                  "; " + c.arguments[2] + "; " + c.arguments[3] + "; " +
                                  c.arguments[4] + "; " + c.arguments[5] + ")";
        const auto result = call(c);
        if (fractional_prior(c)) {
            ASSERT_FALSE(result.ok()) << where;
            EXPECT_EQ(result.failure().kind, ErrorKind::invalid_argument) << where;
            continue;
        }
        ASSERT_TRUE(result.ok()) << where << ": " << result.failure().reason;
        if (c.function == "SAMPLESIZE" || c.function == "TESTDAYS") {
            EXPECT_EQ(*result, c.expected) << where; // whole numbers
        } else {
            EXPECT_NEAR(*result, c.expected, 1e-9 * std::fabs(c.expected) + 1e-13) << where;
        }
    }
}

TEST(SampleRatio, RefusesWhatIsNotASplit) {
    const std::vector<double> one{500};
    EXPECT_EQ(sample_ratio_p_value(one, {}).failure().kind, ErrorKind::invalid_argument);
    const std::vector<double> two{500, 520};
    const std::vector<double> three_shares{1, 1, 1};
    EXPECT_EQ(sample_ratio_p_value(two, three_shares).failure().argument, 2);
    const std::vector<double> negative_share{1, -1};
    EXPECT_EQ(sample_ratio_p_value(two, negative_share).failure().argument, 2);
    const std::vector<double> zero_share{1, 0};
    EXPECT_EQ(sample_ratio_p_value(two, zero_share).failure().argument, 2);
    const std::vector<double> fraction{500.5, 520};
    EXPECT_EQ(sample_ratio_p_value(fraction, {}).failure().argument, 1);
    const std::vector<double> negative{-5, 520};
    EXPECT_EQ(sample_ratio_p_value(negative, {}).failure().argument, 1);
    const std::vector<double> nothing{0, 0};
    EXPECT_EQ(sample_ratio_p_value(nothing, {}).failure().kind, ErrorKind::division_by_zero);
}

TEST(SampleRatio, HugeSharesAreNormalisedWithoutOverflow) {
    const std::vector<double> counts{5000, 5200};
    const std::vector<double> huge{1e308, 1e308};
    EXPECT_DOUBLE_EQ(*sample_ratio_p_value(counts, huge), *sample_ratio_p_value(counts, {}));
}

TEST(SampleRatio, AZeroShareOfAllCountsIsASureMismatch) {
    // X2 = (0 - 10)^2 / 10 + (20 - 10)^2 / 10 = 20 on 1 degree of freedom: erfc(sqrt(10)) by hand.
    const std::vector<double> counts{0, 20};
    EXPECT_NEAR(*sample_ratio_p_value(counts, {}), std::erfc(std::sqrt(10.0)), 1e-15);
}

TEST(BayesianComparison, IdenticalVariantsAreAToss) {
    // Identical posteriors: P(B > A) = 1/2 exactly, at any size (symmetry).
    for (const double trials : {1.0, 37.0, 1e4, 1e7}) {
        const VariantData variant{std::floor(trials * 0.03), trials};
        EXPECT_NEAR(*probability_b_beats_a(variant, variant), 0.5, 1e-9) << trials;
    }
}

TEST(BayesianComparison, AstronomicalTrialsKeepTheirPrecision) {
    // 1e15 trials: four log-gammas of 3e16 each would leave no digit; symmetry says 1/2
    EXPECT_NEAR(*probability_b_beats_a({1e5, 1e15}, {1e5, 1e15}), 0.5, 1e-9);
    EXPECT_NEAR(*probability_b_beats_a({12, 1e12}, {12, 1e12}), 0.5, 1e-9);
}

TEST(BayesianComparison, HostileCountsAgreeWithAnEightyDigitSum) {
    // Miller's sum evaluated with mpmath at 80 digits (a reviewer's independent script): counts
    // that reach every branch of the first term's computation, from all conversions to 1e15
    // trials. {conv_a, trials_a, conv_b, trials_b, P(B > A), E[max(A - B, 0)]}
    struct Case {
        double conv_a, trials_a, conv_b, trials_b, beats, loss;
    };
    const Case cases[] = {
        {1, 2, 0, 1e15, 5.999999999999958e-30, 0.499999999999999},
        {3, 1e15, 2, 1e12, 0.99999998010466484, 3.4832502802470235e-23},
        {2, 3, 0, 1e9, 2.3999999712000002e-26, 0.599999999},
        {1e9, 1e9 + 2, 0, 5, 2.0159999213760018e-50, 0.85714285414285715},
        {24, 26, 1, 19, 5.6143522754066548e-10, 0.7976190476324514},
        {24, 26, 0, 40, 1.326299363563488e-16, 0.86904761904761905},
    };
    for (const Case& c : cases) {
        const VariantData a{c.conv_a, c.trials_a};
        const VariantData b{c.conv_b, c.trials_b};
        EXPECT_NEAR(*probability_b_beats_a(a, b), c.beats, 1e-9 * c.beats) << c.trials_a;
        EXPECT_NEAR(*expected_loss_of_b(a, b), c.loss, 1e-9 * c.loss + 1e-30) << c.trials_a;
    }
}

TEST(BayesianComparison, ALossTooLongToSumIsRefusedNeverZero) {
    // A at 20%, B at 15% of 100 million each: every parameter above the sum's limit. The loss is
    // about 0.05; a clamped NaN would have shown 0, "choosing B costs nothing".
    const auto loss = expected_loss_of_b({2e7, 1e8}, {1.5e7, 1e8});
    ASSERT_FALSE(loss.ok());
    EXPECT_EQ(loss.failure().kind, ErrorKind::overflow);
}

TEST(BayesianComparison, HugeSamplesAgreeWithTheNormalLimit) {
    // 10 million trials each, 1.00% against 1.01%: the posteriors are normal to within far less
    // than the 1e-4 asked here, so P = Phi(difference / standard error of the difference).
    const auto p = probability_b_beats_a({100000, 1e7}, {101000, 1e7});
    ASSERT_TRUE(p.ok());
    const double z = 0.0001 / std::sqrt((0.01 * 0.99 + 0.0101 * 0.9899) / 1e7);
    EXPECT_NEAR(*p, 0.5 * std::erfc(-z / std::sqrt(2.0)), 1e-4);
}

TEST(BayesianComparison, RefusesWhatIsNotAVariant) {
    EXPECT_EQ(probability_b_beats_a({11, 10}, {1, 10}).failure().argument, 1);
    EXPECT_EQ(probability_b_beats_a({1, 10}, {11, 10}).failure().argument, 3);
    EXPECT_EQ(probability_b_beats_a({1, 10.5}, {1, 10}).failure().argument, 2);
    EXPECT_EQ(probability_b_beats_a({1, 10}, {1, -10}).failure().argument, 4);
    EXPECT_EQ(expected_loss_of_b({1, 10}, {1, 10}, {0.0, 1.0}).failure().argument, 5);
    EXPECT_EQ(expected_loss_of_b({1, 10}, {1, 10}, {1.0, 0.5}).failure().argument, 6);
    EXPECT_EQ(expected_loss_of_b({1, 10}, {1, 10}, {1.0, 0.5}).failure().kind,
              ErrorKind::invalid_argument);
}

TEST(BayesianComparison, TooLargeForTheExactSumIsRefusedNotGuessed) {
    // every posterior parameter above 1e7: the sum would keep the cell busy for over 0.1 s
    const auto p = probability_b_beats_a({3e7, 6e7}, {3e7, 6e7});
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.failure().kind, ErrorKind::overflow);
}

TEST(TestDesign, MinimumLiftInvertsSampleSize) {
    for (const double base : {0.01, 0.05, 0.3}) {
        for (const double lift : {0.05, 0.2, 1.0}) {
            const auto n = sample_size(base, lift, TestDesign{});
            ASSERT_TRUE(n.ok());
            const auto detectable = minimum_detectable_lift(base, *n, TestDesign{});
            ASSERT_TRUE(detectable.ok());
            EXPECT_LE(*detectable, lift); // n is rounded up, so a little less is detectable
            EXPECT_EQ(*sample_size(base, *detectable, TestDesign{}), *n);
        }
    }
}

TEST(TestDesign, DefaultsKeepTheAnswersOfSavedWorkbooks) {
    // SAMPLESIZE's two forms agree where the new arguments are left out.
    EXPECT_EQ(*sample_size(0.1, 0.2), *sample_size(0.1, 0.2, TestDesign{}));
    EXPECT_EQ(*sample_size(0.03, 0.15, 0.01, 0.9), *sample_size(0.03, 0.15, TestDesign{0.01, 0.9}));
}

TEST(TestDesign, RefusesImpossibleDesigns) {
    EXPECT_EQ(sample_size(0.1, 0.2, TestDesign{0.05, 0.8, 1.0}).failure().argument, 5);
    EXPECT_EQ(sample_size(0.1, 0.2, TestDesign{0.05, 0.8, 2.5}).failure().argument, 5);
    EXPECT_EQ(sides_from(3.0, 6).failure().argument, 6);
    EXPECT_EQ(sample_size(0.1, -1.0, TestDesign{}).failure().argument, 2);
    EXPECT_EQ(minimum_detectable_lift(0.3, 5, TestDesign{}).failure().argument, 2); // too few
    EXPECT_EQ(minimum_detectable_lift(0.05, -5, TestDesign{}).failure().argument, 2);
    EXPECT_EQ(test_days(0.05, 0.2, 0, TestDesign{}).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(test_days(0.05, 0.2, -10, TestDesign{}).failure().argument, 3);
    EXPECT_EQ(test_days(0.05, 0.2, 100, TestDesign{0.05, 0.8, 1.0}).failure().argument, 4);
    EXPECT_EQ(test_days(0.05, 0.2, 100, TestDesign{1.5, 0.8}).failure().argument, 5);
    // errors in argument order: the visitors (3) before the variants (4)
    EXPECT_EQ(test_days(0.05, 0.2, -1, TestDesign{0.05, 0.8, 1.5}).failure().argument, 3);
}

} // namespace
} // namespace goalpost
