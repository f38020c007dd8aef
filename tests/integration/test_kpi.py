"""The KPI catalogue in real headless Calc: every function by value, by range where it makes
sense, and every error. Expected values are worked by hand in the comment beside each number; the
Garwood bounds come from bisection on the Poisson CDF with Python's math module only, the script
written at the top of tests/unit/kpi_test.cpp (garwood(k, c))."""
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, NUM, VALUE, CalcTestCase
from goalpost_office.office import set_cell


def tearDownModule():
    calc_case.shutdown()


class ByValue(CalcTestCase):
    def test_revenue_retention(self):
        self.assertValue("=NRR(100000;15000;3000;7000)", 1.05)  # (100000 + 15000 - 10000) / 100000
        self.assertValue("=GRR(100000;3000;7000)", 0.9)  # (100000 - 10000) / 100000
        self.put("A1", 60000)
        self.put("A2", 40000)
        self.assertValue("=NRR(A1:A2;0;0;5000)", 0.95)  # the start summed from a range
        self.assertCellError("=NRR(100;0;60;50)", ERR502)  # lost 110 of 100
        self.assertCellError("=GRR(0;0;0)", DIV0)

    def test_revenue_efficiency(self):
        self.assertValue("=MER(250000;50000)", 5)  # 250000 / 50000
        self.assertValue("=LTV(100;0.8;0.02)", 4000)  # 100 x 0.8 / 0.02
        self.assertValue("=LTVCAC(4000;1000)", 4)  # 4000 / 1000
        self.assertValue("=PAYBACK(1200;100;0.8)", 15)  # 1200 / (100 x 0.8)

    def test_sales(self):
        self.assertValue("=LVR(120;100)", 0.2)  # (120 - 100) / 100
        self.assertValue("=LVR(80;100)", -0.2)  # (80 - 100) / 100
        self.assertValue("=WINRATE(20;30)", 0.4)  # 20 / (20 + 30)
        self.assertValue("=WINRATE(20;30;)", 0.4)  # an empty slot: open deals left out
        self.assertValue("=WINRATE(20;30;50)", 0.2)  # 20 / (20 + 30 + 50)
        self.assertValue("=PIPECOVER(300000;100000)", 3)  # 300000 / 100000
        self.assertValue("=SALESVELOCITY(50;10000;0.2;40)", 2500)  # 50 x 10000 x 0.2 / 40

    def test_media(self):
        self.assertValue("=CTR(150;10000)", 0.015)  # 150 / 10000
        self.assertValue("=CPC(300;150)", 2)  # 300 / 150
        self.assertValue("=CPM(250;50000)", 5)  # 250 / 50 thousand
        self.assertValue("=ENGRATE(450;15000)", 0.03)  # 450 / 15000
        self.assertValue("=ENGRATE(600;500)", 1.2)  # more engagements than followers

    def test_growth_and_budget(self):
        self.assertValue("=GROWTHREQ(100;200;12)", 2 ** (1 / 12) - 1)  # 0.05946...
        self.assertValue("=GROWTHREQ(100;121;2)", 0.1)  # sqrt(1.21) - 1
        self.assertValue("=GROWTHREQ(100;25;2)", -0.5)  # sqrt(0.25) - 1
        self.assertValue("=BUDGETGAP(11000;10000)", 0.1)  # (11000 - 10000) / 10000
        self.assertValue("=BUDGETGAP(9000;10000)", -0.1)  # (9000 - 10000) / 10000

    def test_weakest_stage(self):
        # API grammar: '|' separates rows (a column), ';' columns (a row).
        self.assertValue("=WEAKESTSTAGE({1000|500|50|25})", 2)  # steps 0.5, 0.1, 0.5
        self.assertValue("=WEAKESTSTAGE({2000;400;100;20})", 1)  # 0.2, 0.25, 0.2: tie, first
        # 0.2/0.1 = 2, 0.25/0.5 = 0.5, 0.2/0.25 = 0.8: step 2 is furthest below its benchmark
        self.assertValue("=WEAKESTSTAGE({2000|400|100|20};{0.1|0.5|0.25})", 2)
        self.assertValue("=WEAKESTSTAGE({2000|400|100|20};{0.1;0.5;0.25})", 2)  # a row is fine
        self.assertValue("=WEAKESTSTAGE({100|30};0.5)", 1)  # one step, one benchmark
        self.assertValue("=WEAKESTSTAGE({100|50|0|0})", 2)  # 50 -> 0 is rate 0
        self.assertValue("=WEAKESTSTAGE({100|10|3};{0.3|0.9})", 1)  # both exactly 1/3: first

    def test_booleans_count_as_numbers(self):
        self.assertValue("=WINRATE(TRUE();1)", 0.5)  # TRUE is 1: 1 / (1 + 1)


class ByRange(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Three channels in rows 2-4: revenue B, spend C, clicks D, impressions E, leads F,
        # leads last month G, won H, lost I, open J. Row 5 holds a text note in every column.
        rows = [(90000, 10000, 300, 20000, 40, 30, 5, 10, 4),
                (40000, 6000, 150, 10000, 25, 25, 3, 7, 6),
                (20000, 4000, "n/a", 20000, 15, 25, 2, 3, 0)]
        for row, values in enumerate(rows, start=2):
            for column, value in zip("BCDEFGHIJ", values):
                set_cell(cls.sheet.getCellRangeByName("%s%d" % (column, row)), value)
        for column in "BCDEFGHIJ":
            cls.sheet.getCellRangeByName("%s5" % column).setString("note")
        # L1:L6 a funnel column with two spare blank rows, M1:M3 its benchmarks.
        for row, count in enumerate([5000, 500, 100, 25], start=1):
            cls.sheet.getCellRangeByName("L%d" % row).setValue(count)
        for row, rate in enumerate([0.05, 0.4, 0.5], start=1):
            cls.sheet.getCellRangeByName("M%d" % row).setValue(rate)
        # N1 a single cell holding a count (or a cycle in days), N3 a margin.
        cls.sheet.getCellRangeByName("N1").setValue(10)
        cls.sheet.getCellRangeByName("N3").setValue(0.8)

    def test_ranges_are_summed_ignoring_text(self):
        # revenue 150000, spend 20000, clicks 450 ("n/a" ignored), impressions 50000,
        # leads 80, leads before 80, won 10, lost 20, open 10
        self.assertValue("=MER(B2:B5;C2:C5)", 7.5)  # 150000 / 20000
        self.assertValue("=CTR(D2:D5;E2:E5)", 0.009)  # 450 / 50000
        self.assertValue("=CPC(C2:C3;D2:D3)", 16000 / 450)  # (10000 + 6000) / (300 + 150)
        self.assertValue("=CPM(C2:C5;E2:E5)", 400)  # 20000 / 50 thousand
        self.assertValue("=ENGRATE(D2:D5;E2:E5)", 0.009)  # 450 / 50000
        self.assertValue("=LVR(F2:F5;G2:G5)", 0)  # (80 - 80) / 80
        self.assertValue("=LVR(F2:F3;G2:G3)", 0.18181818181818182)  # (65 - 55) / 55
        self.assertValue("=WINRATE(H2:H5;I2:I5)", 1 / 3)  # 10 / (10 + 20)
        self.assertValue("=WINRATE(H2:H5;I2:I5;J2:J5)", 0.25)  # 10 / (10 + 20 + 10)
        self.assertValue("=PIPECOVER(B2:B5;C2:C5)", 7.5)  # 150000 / 20000
        self.assertValue("=BUDGETGAP(C2:C5;B3)", -0.5)  # (20000 - 40000) / 40000
        self.assertValue("=GROWTHREQ(F2:F5;C4;2)", 50 ** 0.5 - 1)  # sqrt(4000 / 80) - 1
        self.assertValue("=SALESVELOCITY(H2:H5;C2;0.5;N1)", 5000)  # 10 x 10000 x 0.5 / 10

    def test_single_cells(self):
        self.assertValue("=LTV(C4;N3;0.05)", 64000)  # 4000 x 0.8 / 0.05
        self.assertValue("=LTVCAC(B2;C2)", 9)  # 90000 / 10000
        self.assertValue("=PAYBACK(C2;C4;N3)", 3.125)  # 10000 / (4000 x 0.8)
        self.assertValue("=COUNTLOW(N1)", 4.795388696132429, 8)  # garwood(10)
        self.assertValue("=COUNTHIGH(H2:H5)", 18.390356042017778, 8)  # 5 + 3 + 2 = 10 leads

    def test_weakest_stage_ranges(self):
        # 500/5000 = 0.1, 100/500 = 0.2, 25/100 = 0.25: step 1 is lowest
        self.assertValue("=WEAKESTSTAGE(L1:L6)", 1)
        # relative: 0.1/0.05 = 2, 0.2/0.4 = 0.5, 0.25/0.5 = 0.5: step 2, the first of the tie
        self.assertValue("=WEAKESTSTAGE(L1:L6;M1:M3)", 2)
        self.assertValue("=WEAKESTSTAGE(L1:L6;M1:M5)", 2)  # spare blanks after benchmarks too


class Errors(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sheet.getCellRangeByName("A1").setString("ten")
        for row, value in zip(range(1, 5), [100, None, 10, 1]):  # B1:B4: a gap in a funnel
            if value is not None:
                cls.sheet.getCellRangeByName("B%d" % row).setValue(value)
        cls.sheet.getCellRangeByName("C1").setValue(0.5)  # C1:C3 benchmarks with text inside
        cls.sheet.getCellRangeByName("C2").setString("high")
        cls.sheet.getCellRangeByName("C3").setValue(0.5)

    def test_zero_denominator_is_div0(self):
        for formula in ("=MER(1000;0)", "=LTV(100;0.8;0)", "=LTVCAC(4000;0)",
                        "=PAYBACK(1200;0;0.8)", "=PAYBACK(1200;100;0)", "=LVR(10;0)",
                        "=WINRATE(0;0)", "=WINRATE(0;0;0)", "=PIPECOVER(300000;0)",
                        "=SALESVELOCITY(50;10000;0.2;0)", "=CTR(5;0)", "=CTR(0;0)",
                        "=CPC(300;0)", "=CPM(250;0)", "=ENGRATE(450;0)", "=GROWTHREQ(0;200;12)",
                        "=BUDGETGAP(500;0)", "=WEAKESTSTAGE({0|0|0})",
                        "=WEAKESTSTAGE({100|10|1};{0.2|0})"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, DIV0)

    def test_invalid_argument_is_err502(self):
        for formula in ("=MER(-1;10)", "=MER(1;-10)",
                        "=LTV(-100;0.8;0.02)", "=LTV(100;1.2;0.02)", "=LTV(100;-0.1;0.02)",
                        "=LTV(100;0.8;1.5)", "=LTV(100;0.8;-0.02)", "=LTV(100;2;0)",
                        "=LTVCAC(-4000;1000)", "=LTVCAC(4000;-1000)",
                        "=PAYBACK(-1;100;0.8)", "=PAYBACK(1200;-100;0.8)", "=PAYBACK(1200;100;1.1)",
                        "=LVR(-10;5)", "=LVR(10;-5)",
                        "=WINRATE(-1;5)", "=WINRATE(1;-5)", "=WINRATE(1;5;-1)",
                        "=PIPECOVER(-1;100)", "=PIPECOVER(300000;-1)",
                        "=SALESVELOCITY(-50;10000;0.2;40)", "=SALESVELOCITY(50;-10000;0.2;40)",
                        "=SALESVELOCITY(50;10000;20;40)", "=SALESVELOCITY(50;10000;0.2;-40)",
                        "=CTR(11;10)", "=CTR(-1;10)", "=CTR(1;-10)",
                        "=CPC(-300;10)", "=CPC(300;-10)", "=CPM(-250;10)", "=CPM(250;-10)",
                        "=ENGRATE(-450;10)", "=ENGRATE(450;-10)",
                        "=GROWTHREQ(100;200;0)", "=GROWTHREQ(100;200;-12)",
                        "=GROWTHREQ(-100;200;12)", "=GROWTHREQ(100;-200;12)",
                        "=GROWTHREQ(0;200;0)",
                        "=COUNTLOW(-1)", "=COUNTHIGH(2.5)", "=COUNTLOW(10;0)", "=COUNTLOW(10;1)",
                        "=COUNTHIGH(10;1.5)", "=COUNTHIGH(10;{0.9|0.95})",
                        "=WEAKESTSTAGE({100})", "=WEAKESTSTAGE({100|-10})",
                        "=WEAKESTSTAGE(B1:B4)", "=WEAKESTSTAGE({100|10|1};{0.2})",
                        "=WEAKESTSTAGE({100|10|1};{0.2|0.1|0.1})",
                        "=WEAKESTSTAGE({100|10|1};{0.2|1.5})", "=WEAKESTSTAGE({100|10|1};{0.2|-0.1})",
                        "=WEAKESTSTAGE({100|10|1};C1:C3)", "=WEAKESTSTAGE({100|10|1};\"half\")",
                        "=WEAKESTSTAGE(\"funnel\")",
                        "=BUDGETGAP(-500;100)", "=BUDGETGAP(500;-100)"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, ERR502)

    def test_text_where_a_number_is_needed_is_value(self):
        for formula in ("=MER(A1;10)", "=LTV(\"x\";0.8;0.02)", "=LTV(100;\"x\";0.02)",
                        "=WINRATE(1;2;A1)", "=WINRATE(1;2;\"x\")", "=CTR(\"x\";10)",
                        "=GROWTHREQ(100;200;\"twelve\")", "=COUNTLOW(A1)", "=COUNTHIGH(10;\"x\")",
                        "=BUDGETGAP(A1;100)"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, VALUE)

    def test_overflow_is_num_not_infinity(self):
        for formula in ("=MER(1E308;1E-10)", "=CPM(1E306;1)", "=WINRATE(1E308;1E308)",
                        "=GROWTHREQ(1E-300;1E300;0.5)"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, NUM)


if __name__ == "__main__":
    unittest.main()
