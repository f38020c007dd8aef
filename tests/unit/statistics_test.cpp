// Reference values come from Python's statistics.NormalDist (Python 3.11), computed outside the
// code under test with the textbook formulas, e.g. for the Wilson interval:
//   from statistics import NormalDist; from math import sqrt
//   z = NormalDist().inv_cdf(1 - (1 - c) / 2); p = x / n
//   centre = (p + z*z/(2*n)) / (1 + z*z/n); h = z / (1 + z*z/n) * sqrt(p*(1-p)/n + z*z/(4*n*n))
// and, where a published value exists, from the literature (Newcombe 1998, Stat Med 17:857).
// The Poisson interval's references come from bisection on the Poisson CDF in Python (Garwood
// 1936), independently of Boost.
#include "goalpost/statistics.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace goalpost {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

// 1e-9 relative, well inside the 1e-6 the statistics must meet.
void expect_close(double actual, double expected) {
    EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::abs(expected)) + 1e-15);
}

TEST(WilsonInterval, MatchesNewcombesPublishedExample) {
    auto interval = wilson_interval(81, 263);
    ASSERT_TRUE(interval.ok());
    EXPECT_NEAR(interval->low, 0.2553, 5e-5);  // Newcombe 1998, table I, method 3
    EXPECT_NEAR(interval->high, 0.3662, 5e-5);
    expect_close(interval->low, 0.25528851987827428);   // NormalDist, formula above
    expect_close(interval->high, 0.3662095769828001);
}

TEST(WilsonInterval, ConfidenceLevels) {
    // 10 of 100
    expect_close(wilson_interval(10, 100)->low, 0.055229137060675101);
    expect_close(wilson_interval(10, 100)->high, 0.17436566150491345);
    expect_close(wilson_interval(10, 100, 0.9)->low, 0.060718667015447245);
    expect_close(wilson_interval(10, 100, 0.9)->high, 0.16035550961109218);
    expect_close(wilson_interval(10, 100, 0.99)->low, 0.046025811701035049);
    expect_close(wilson_interval(10, 100, 0.99)->high, 0.20375073847162334);
}

TEST(WilsonInterval, EdgesZeroAndAllConversions) {
    // 0 of 50: the interval starts at exactly 0 (the formula's -6.9e-18 is rounding noise).
    EXPECT_EQ(wilson_interval(0, 50)->low, 0.0);
    expect_close(wilson_interval(0, 50)->high, 0.071347599133358697);
    // 50 of 50: mirror image.
    expect_close(wilson_interval(50, 50)->low, 0.92865240086664136);
    EXPECT_EQ(wilson_interval(50, 50)->high, 1.0);
}

// Issue 19: the edges are exact at every confidence and size, not only where rounding happens
// to land on them (=CONVLOW(0;10;0.99) was 2.8E-17, =CONVHIGH(1000;1000;0.5) 0.9999999999999998).
TEST(WilsonInterval, EdgesAreExactAtEveryConfidence) {
    for (double trials : {1.0, 3.0, 10.0, 999.0, 1000.0, 123456.0}) {
        for (double confidence : {0.5, 0.8, 0.9, 0.95, 0.99, 0.999}) {
            EXPECT_EQ(wilson_interval(0, trials, confidence)->low, 0.0) << trials << " " << confidence;
            EXPECT_EQ(wilson_interval(trials, trials, confidence)->high, 1.0)
                << trials << " " << confidence;
            EXPECT_GT(wilson_interval(1, trials, confidence)->low, 0.0);
        }
    }
}

TEST(WilsonInterval, TinyAndHugeTrials) {
    expect_close(wilson_interval(1, 3)->low, 0.061491944720396319);
    expect_close(wilson_interval(1, 3)->high, 0.79234039919795229);
    EXPECT_NEAR(wilson_interval(1, 1e9)->low, 1.7652455495696329e-10, 1e-6 * 1.77e-10);
    EXPECT_NEAR(wilson_interval(1, 1e9)->high, 5.6649342432974361e-09, 1e-6 * 5.66e-9);
    expect_close(wilson_interval(3e8, 1e9)->low, 0.29997159819182695);
    expect_close(wilson_interval(3e8, 1e9)->high, 0.30002840334475644);
}

TEST(WilsonInterval, Errors) {
    EXPECT_EQ(wilson_interval(11, 10).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(wilson_interval(1, 0).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(wilson_interval(-1, 10).failure().argument, 1);
    for (double confidence : {0.0, 1.0, 1.5, -0.5}) {
        EXPECT_EQ(wilson_interval(1, 10, confidence).failure().argument, 3) << confidence;
    }
}

TEST(ConversionPValue, PooledTwoProportionZTest) {
    // 2 * (1 - NormalDist().cdf(abs(z))), z = (p1 - p2) / sqrt(p (1-p) (1/n1 + 1/n2))
    expect_close(*conversion_p_value(120, 1000, 150, 1000), 0.049640386865368757);
    expect_close(*conversion_p_value(45, 1500, 60, 1500), 0.13618212478678826);
    expect_close(*conversion_p_value(10, 200, 25, 210), 0.012383928521974452);
    EXPECT_NEAR(*conversion_p_value(500, 10000, 600, 10000), 0.001924687250962176,
                1e-6 * 0.0019247);
    // symmetric in A and B
    expect_close(*conversion_p_value(150, 1000, 120, 1000), 0.049640386865368757);
}

TEST(ConversionPValue, EqualRatesGiveOne) {
    EXPECT_DOUBLE_EQ(*conversion_p_value(30, 1000, 30, 1000), 1.0);
    EXPECT_DOUBLE_EQ(*conversion_p_value(0, 100, 0, 50), 1.0);     // pooled rate 0
    EXPECT_DOUBLE_EQ(*conversion_p_value(100, 100, 50, 50), 1.0);  // pooled rate 1
}

TEST(ConversionPValue, Errors) {
    EXPECT_EQ(conversion_p_value(1, 0, 1, 10).failure().kind, ErrorKind::division_by_zero);
    EXPECT_EQ(conversion_p_value(1, 10, 1, 0).failure().argument, 4);
    EXPECT_EQ(conversion_p_value(1, 10, 11, 10).failure().argument, 3);
    EXPECT_EQ(conversion_p_value(-1, 10, 1, 10).failure().kind, ErrorKind::invalid_argument);
}

TEST(SampleSize, NormalApproximation) {
    // (NormalDist().inv_cdf(1-a/2) * sqrt(2 pb (1-pb)) + NormalDist().inv_cdf(power) *
    //  sqrt(p1 (1-p1) + p2 (1-p2)))**2 / (p2-p1)**2, then math.ceil
    EXPECT_EQ(*sample_size(0.1, 0.2), 3841);      // 3840.847...
    EXPECT_EQ(*sample_size(0.03, 0.1), 53211);    // 53210.301...
    EXPECT_EQ(*sample_size(0.2, 0.25), 1094);     // 1093.739...
    EXPECT_EQ(*sample_size(0.05, 0.5, 0.01, 0.9), 2788); // 2787.412...
}

TEST(SampleSize, Errors) {
    EXPECT_EQ(sample_size(0.6, 1.0).failure().argument, 2);   // p2 = 1.2
    EXPECT_EQ(sample_size(0.5, 1.0).failure().argument, 2);   // p2 = 1 exactly
    EXPECT_EQ(sample_size(0.1, 0.0).failure().argument, 2);   // no lift
    EXPECT_EQ(sample_size(0.1, -1.0).failure().argument, 2);   // a fall of 100%: nothing left
    EXPECT_EQ(sample_size(0.0, 0.2).failure().argument, 1);
    EXPECT_EQ(sample_size(1.0, 0.2).failure().argument, 1);
    EXPECT_EQ(sample_size(0.1, 0.2, 0.0).failure().argument, 3);
    EXPECT_EQ(sample_size(0.1, 0.2, 0.05, 1.0).failure().argument, 4);
    EXPECT_EQ(sample_size(0.1, 0.2, 0.05, 1.0).failure().kind, ErrorKind::invalid_argument);
}

TEST(PoissonInterval, ZeroCountHasAClosedForm) {
    auto interval = poisson_interval(0);
    ASSERT_TRUE(interval.ok());
    EXPECT_EQ(interval->low, 0.0);
    // exp(-U) = 0.025, U = -ln(0.025) (python3 -c "import math; print(repr(-math.log(0.025)))")
    expect_close(interval->high, 3.6888794541139363);
    expect_close(poisson_interval(0, 0.9)->high, 2.9957322735539909); // -ln(0.05)
}

TEST(PoissonInterval, MatchesBisectionOnThePoissonCdf) {
    // garwood(10): published 4.7954 to 18.3904
    auto ten = poisson_interval(10);
    ASSERT_TRUE(ten.ok());
    EXPECT_NEAR(ten->low, 4.7954, 5e-5);
    EXPECT_NEAR(ten->high, 18.3904, 5e-5);
    expect_close(ten->low, 4.795388696132429);   // garwood(10)
    expect_close(ten->high, 18.390356042017778);
    expect_close(poisson_interval(1)->low, 0.025317807984289842);   // garwood(1)
    expect_close(poisson_interval(1)->high, 5.5716433909388972);
    expect_close(poisson_interval(5)->low, 1.6234863901184227);     // garwood(5)
    expect_close(poisson_interval(5)->high, 11.668332079322667);
    expect_close(poisson_interval(100)->low, 81.363991250925466);   // garwood(100)
    expect_close(poisson_interval(100)->high, 121.62679379242635);
}

TEST(PoissonInterval, ConfidenceLevels) {
    expect_close(poisson_interval(10, 0.9)->low, 5.4254056970912981);   // garwood(10, 0.9)
    expect_close(poisson_interval(10, 0.9)->high, 16.962219235721903);
    expect_close(poisson_interval(10, 0.99)->low, 3.7169221314670811);  // garwood(10, 0.99)
    expect_close(poisson_interval(10, 0.99)->high, 21.397827499654269);
    expect_close(poisson_interval(3, 0.8)->low, 1.1020653282493211);    // garwood(3, 0.8)
    expect_close(poisson_interval(3, 0.8)->high, 6.6807830682558631);
}

TEST(PoissonInterval, Errors) {
    EXPECT_EQ(poisson_interval(-1).failure(), invalid_argument(1, "must not be negative"));
    EXPECT_EQ(poisson_interval(2.5).failure().argument, 1); // not a whole count
    EXPECT_EQ(poisson_interval(2.5).failure().kind, ErrorKind::invalid_argument);
    EXPECT_EQ(poisson_interval(nan).failure().argument, 1);
    EXPECT_EQ(poisson_interval(infinity).failure().argument, 1);
    for (double confidence : {0.0, 1.0, 1.5, -0.5, nan}) {
        EXPECT_EQ(poisson_interval(10, confidence).failure().argument, 2) << confidence;
        EXPECT_EQ(poisson_interval(10, confidence).failure().kind, ErrorKind::invalid_argument);
    }
}

} // namespace
} // namespace goalpost
