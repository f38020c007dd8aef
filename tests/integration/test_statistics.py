"""Statistics functions in real headless Calc: the Wilson interval, significance, sample sizes
and the exact Poisson interval of a count. Expected values come from Python's statistics.NormalDist
with the formula written in tests/unit/statistics_test.cpp, from the literature (Newcombe 1998),
or from bisection on the Poisson CDF (Garwood 1936)."""
import math
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, CalcTestCase


def tearDownModule():
    calc_case.shutdown()


class Statistics(CalcTestCase):
    def test_wilson_interval(self):
        places = 6
        self.assertValue("=CONVLOW(81;263)", 0.25528851987827428, places)  # Newcombe: 0.2553
        self.assertValue("=CONVHIGH(81;263)", 0.3662095769828001, places)  # Newcombe: 0.3662
        self.assertValue("=CONVLOW(10;100;0.9)", 0.060718667015447245, places)
        self.assertValue("=CONVHIGH(10;100;0.99)", 0.20375073847162334, places)
        self.assertValue("=CONVLOW(0;50)", 0.0)
        self.assertValue("=CONVHIGH(50;50)", 1.0)

    def test_p_value_and_sample_size(self):
        self.assertValue("=CONVPVALUE(120;1000;150;1000)", 0.049640386865368757, 8)
        self.assertValue("=CONVPVALUE(30;1000;30;1000)", 1.0)  # equal rates
        self.assertValue("=SAMPLESIZE(0.1;0.2)", 3841)  # 3840.85 rounded up
        self.assertValue("=SAMPLESIZE(0.05;0.5;0.01;0.9)", 2788)  # 2787.41 rounded up
        # alpha defaults to 0.05: 1968.06... by the NormalDist formula of statistics_test.cpp
        self.assertValue("=SAMPLESIZE(0.05;0.5;;0.9)", 1969)

    def test_errors(self):
        for formula, error in (("=CONVLOW(11;10)", ERR502), ("=CONVLOW(1;0)", DIV0),
                               ("=CONVHIGH(1;10;1)", ERR502), ("=CONVHIGH(1;10;0)", ERR502),
                               ("=CONVLOW(-1;10)", ERR502),
                               ("=CONVPVALUE(1;0;1;10)", DIV0), ("=CONVPVALUE(1;10;12;10)", ERR502),
                               ("=SAMPLESIZE(0.6;1)", ERR502), ("=SAMPLESIZE(0.1;0)", ERR502),
                               ("=SAMPLESIZE(0.1;-1)", ERR502), ("=SAMPLESIZE(0;0.2)", ERR502),
                               ("=SAMPLESIZE(0.1;0.2;1)", ERR502),
                               ("=SAMPLESIZE(0.1;0.2;0.05;0)", ERR502)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)

    def test_count_interval(self):
        self.assertValue("=COUNTLOW(0)", 0)
        self.assertValue("=COUNTHIGH(0)", -math.log(0.025), 9)  # exp(-U) = 0.025
        self.assertValue("=COUNTHIGH(0;0.9)", -math.log(0.05), 9)  # exp(-U) = 0.05
        self.assertValue("=COUNTLOW(10)", 4.795388696132429, 8)  # garwood(10); published 4.7954
        self.assertValue("=COUNTHIGH(10)", 18.390356042017778, 8)  # published 18.3904
        self.assertValue("=COUNTLOW(10;0.99)", 3.7169221314670811, 8)  # garwood(10, 0.99)
        self.assertValue("=COUNTHIGH(10;0.9)", 16.962219235721903, 8)  # garwood(10, 0.9)
        self.assertValue("=COUNTLOW(1)", 0.025317807984289842, 9)  # garwood(1)
        self.assertValue("=COUNTHIGH(10;)", 18.390356042017778, 8)  # empty slot: 0.95


if __name__ == "__main__":
    unittest.main()
