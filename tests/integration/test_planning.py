"""Planning and statistics functions in real headless Calc. Expected values are worked by hand
or come from Python's statistics.NormalDist with the formula written in tests/unit/statistics_test.cpp."""
import unittest

import calc_case
from calc_case import DIV0, ERR502, VALUE, CalcTestCase


def tearDownModule():
    calc_case.shutdown()


class Planning(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for row, rate in enumerate([0.2, 0.5], start=1):  # B1:B2 rates, B3:B4 spare blanks
            cls.sheet.getCellRangeByName("B%d" % row).setValue(rate)
        for row, leads in enumerate([4, 6, 5], start=1):  # C1:C3 daily leads
            cls.sheet.getCellRangeByName("C%d" % row).setValue(leads)

    def test_leads_and_budget(self):
        self.assertValue("=LEADSNEEDED(10;B1:B4)", 100)  # 10 / 0.5 = 20; 20 / 0.2 = 100
        self.assertValue("=LEADSNEEDED(10;{0.2|0.5})", 100)
        self.assertValue("=LEADSNEEDED(3;0.1)", 30)  # a single rate; 30, not 31 from 30.000000000000004
        self.assertValue("=BUDGETNEEDED(10;B1:B2;20)", 2000)  # 100 leads x 20

    def test_reverse_funnel_is_a_column(self):
        self.assertValue("=INDEX(REVERSEFUNNEL(10;B1:B4);1;1)", 100)
        self.assertValue("=INDEX(REVERSEFUNNEL(10;B1:B4);2;1)", 20)
        self.assertValue("=INDEX(REVERSEFUNNEL(10;B1:B4);3;1)", 10)
        self.assertValue("=ROWS(REVERSEFUNNEL(10;{0.2;0.5}))", 3)  # a row of rates, still a column
        self.assertValue("=INDEX(REVERSEFUNNEL(10;{0.25;0.3});1;1)", 136)  # 10/0.3 -> 34; 34/0.25

    def test_run_rate_and_pace(self):
        self.assertValue("=RUNRATE(30;10;30)", 90)  # 30 x 30 / 10
        self.assertValue("=RUNRATE(C1:C3;3;30)", 150)  # (4+6+5) x 30 / 3
        self.assertValue("=PACE(5;30;28;30)", 5 / 28)  # 5 / (30 x 28 / 30)
        self.assertValue("=PACE(C1:C3;30;3;30)", 5)  # 15 / (30 x 3 / 30)

    def test_errors(self):
        for formula, error in (("=LEADSNEEDED(10;0)", ERR502), ("=LEADSNEEDED(10;1.5)", ERR502),
                               ("=LEADSNEEDED(10;{0.5|-0.2})", ERR502),
                               ("=LEADSNEEDED(-10;0.5)", ERR502),
                               ("=INDEX(REVERSEFUNNEL(10;0);1;1)", ERR502),
                               ("=BUDGETNEEDED(10;0.5;-1)", ERR502),
                               ("=LEADSNEEDED(10;\"half\")", ERR502),
                               ("=RUNRATE(30;0;30)", DIV0), ("=RUNRATE(30;-1;30)", ERR502),
                               ("=RUNRATE(-30;1;30)", ERR502),
                               ("=PACE(5;0;28;30)", DIV0), ("=PACE(5;30;0;30)", DIV0),
                               ("=PACE(5;30;10;0)", ERR502), ("=PACE(\"x\";30;10;30)", VALUE)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)


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
                               ("=SAMPLESIZE(0.1;-0.2)", ERR502), ("=SAMPLESIZE(0;0.2)", ERR502),
                               ("=SAMPLESIZE(0.1;0.2;1)", ERR502),
                               ("=SAMPLESIZE(0.1;0.2;0.05;0)", ERR502)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)


if __name__ == "__main__":
    unittest.main()
