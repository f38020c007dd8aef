"""Planning functions (the funnel backwards, run rates and pace) in real headless Calc. Expected
values are worked by hand."""
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, VALUE, CalcTestCase


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

    def test_revenue_targets_and_lead_dates(self):
        # 250,000 at 12,000 a deal is 20.83, so 21 customers; at 50% then 20%: 42, then 210 leads
        self.assertValue("=LEADSNEEDED(250000;{0.2;0.5};12000)", 210)
        self.assertValue("=INDEX(REVERSEFUNNEL(250000;{0.2;0.5};12000);3;1)", 21)
        self.assertValue("=BUDGETNEEDED(250000;{0.2;0.5};25;12000)", 210 * 25)
        self.assertValue("=LEADSNEEDED(20;{0.2;0.5};)", 200)  # an empty slot: a count target
        # 31 December 2026 less a 45-day cycle: 16 November 2026
        self.assertValue("=LASTLEADDATE(DATE(2026;12;31);45)-DATE(2026;11;16)", 0)
        self.assertCellError("=LEADSNEEDED(250000;{0.2;0.5};0)", DIV0)
        self.assertCellError("=LASTLEADDATE(46387;-1)", ERR502)
        self.assertCellError("=LASTLEADDATE(10;45)", ERR502)  # day -35 is no date
        self.assertCellError("=LEADSNEEDED(100000;{0.2;1.5};0)", ERR502)  # the rate, not the deal

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


if __name__ == "__main__":
    unittest.main()
