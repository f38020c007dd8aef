"""Budget pacing in real headless Calc: forecasts, daily budgets and the pacing status, with the
recent spend and the weights read from cells. Expected values are worked out by hand beside
them."""
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, CalcTestCase


def tearDownModule():
    calc_case.shutdown()


class Pacing(CalcTestCase):
    def test_forecast(self):
        self.assertValue("=SPENDFORECAST(6000;12;30)", 15000)  # 6000 + 500 x 18
        # the last 7 daily spends average 600: 6000 + 600 x 18
        self.assertValue("=SPENDFORECAST(6000;12;30;{600;620;580;610;590;600;600})", 16800)
        self.assertValue("=SPENDFORECAST(6000;12;30;4200;7)", 16800)  # one amount and its days
        self.assertValue("=SPENDFORECAST(31000;31;30)", 31000)  # the period is over

    def test_forecast_from_a_column_of_daily_spends(self):
        # a spend log: header, 12 days of 500, the last 7 read as the recent window
        self.put("A1", "daily spend")
        for row in range(2, 14):
            self.put("A%d" % row, 500)
        self.put("A13", 1200)  # the newest day ran hot: (6 x 500 + 1200) / 7 = 600 a day
        self.assertValue("=SPENDFORECAST(A2:A13;12;30)", 6700 + 6700 / 12 * 18, 9)
        self.assertValue("=SPENDFORECAST(A2:A13;12;30;A7:A13)", 6700 + 600 * 18, 9)

    def test_daily_budget(self):
        self.assertValue("=DAILYBUDGET(10000;6000;12;30)", 4000 / 18, 9)
        self.assertValue("=DAILYBUDGET(10000;11000;12;30)", 0)  # spent: nothing more
        self.assertValue("=DAILYBUDGET(10000;9000;27;30;{1;2;1})", 250)  # 1000 x 1/4
        self.put("C1", 1)
        self.put("C2", 1)
        self.put("C3", 1)
        self.put("C4", 1)
        self.put("C5", 1)
        self.put("C6", 2)
        self.put("C7", 2)
        # a week's profile, 2 days gone: 500 left over weights 1+1+1+2+2
        self.assertValue("=DAILYBUDGET(700;200;2;7;C1:C7)", 500 / 7, 9)

    def test_status(self):
        cell = self.evaluate("=PACINGSTATUS(10000;6000;12;30)")
        self.assertEqual(cell.getString(), "OVER-PACING: projected 15,000 of 10,000 (+50%) at 500 "
                                           "a day; 222.22 a day lands on budget")
        self.assertTrue(self.evaluate("=PACINGSTATUS(10000;4000;12;30)").getString()
                        .startswith("ON PACE: projected 10,000 of 10,000"))
        self.assertTrue(self.evaluate("=PACINGSTATUS(10000;2000;12;30)").getString()
                        .startswith("UNDER-PACING: projected 5,000 of 10,000 (-50%)"))
        # +7.5% is over at the default 5% and on pace at 10%
        self.assertTrue(self.evaluate("=PACINGSTATUS(10000;4300;12;30)").getString()
                        .startswith("OVER-PACING"))
        self.assertTrue(self.evaluate("=PACINGSTATUS(10000;4300;12;30;;;0.1)").getString()
                        .startswith("ON PACE"))
        # a formula can test the status word
        self.assertValue('=IF(LEFT(PACINGSTATUS(10000;6000;12;30);4)="OVER";1;0)', 1)

    def test_errors(self):
        for formula, error in (("=SPENDFORECAST(100;0;30)", DIV0), ("=SPENDFORECAST(-1;5;30)", ERR502),
                               ("=SPENDFORECAST(100;5;0)", ERR502), ("=SPENDFORECAST(100;5;30;70;0)", DIV0),
                               ("=DAILYBUDGET(10000;9000;30;30)", DIV0),
                               ("=DAILYBUDGET(10000;9000;27;30;{1;1})", ERR502),
                               ("=DAILYBUDGET(10000;9000;27;30;{1;-1;1})", ERR502),
                               ("=PACINGSTATUS(0;100;5;30)", DIV0),
                               ("=PACINGSTATUS(1000;100;5;30;;;1)", ERR502),
                               ("=SPENDFORECAST(6000;12;30;{-500;1000})", ERR502)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)


if __name__ == "__main__":
    unittest.main()
