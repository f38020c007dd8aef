"""SMARTSCORE, SMARTMET, SMARTGAPS, OBJECTIVEFIELD and METRICTIER in real headless Calc. Each
expected value is read off the objective by the rubric of docs/smart-rubric.md."""
import time
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import ERR502, NA, CalcTestCase

SMART = ("Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into "
         "customers within three months")


def tearDownModule():
    calc_case.shutdown()


class Objectives(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sheet.getCellRangeByName("A1").setString(SMART)
        cls.sheet.getCellRangeByName("A2").setString("Get more leads")
        cls.sheet.getCellRangeByName("A3").setString("Increase leads to 500 a month within 6 months")
        cls.sheet.getCellRangeByName("A4").setString("MQLs")
        # A5 stays empty

    def assertText(self, formula, expected):
        cell = self.evaluate(formula)
        self.assertEqual(cell.getError(), 0, "%s gave %s" % (formula, cell.getString()))
        self.assertEqual(cell.getString(), expected, formula)

    def test_smartscore(self):
        self.assertValue("=SMARTSCORE(A1)", 5)
        self.assertValue("=SMARTSCORE(A2)", 0)
        # A3: no channel (S), no baseline for the jump to 500 (A), leads alone (R): M and T
        self.assertValue("=SMARTSCORE(A3)", 2)
        # with baseline 400: 1.25x in 6 months is plausible, so A is met too
        self.assertValue("=SMARTSCORE(A3;400)", 3)

    def test_smartmet(self):
        self.assertValue("=SMARTMET(A1;\"R\")", 1)
        self.assertValue("=SMARTMET(A2;\"relevant\")", 0)
        self.assertValue("=SMARTMET(A3;\"achievable\";400)", 1)
        self.assertValue("=SMARTMET(A3;\"a\")", 0)
        self.assertText("=IF(SMARTMET(A1;\"Time-bound\");\"yes\";\"no\")", "yes")

    def test_smartgaps(self):
        self.assertText("=SMARTGAPS(A1)", "")
        self.assertText("=SMARTGAPS(\"Win 5 customers from LinkedIn\")",
                        "T: no deadline, add one such as \"within 3 months\" or \"by 31 March\"")
        gaps = self.evaluate("=SMARTGAPS(A2)").getString()
        self.assertTrue(gaps.startswith("S: "))
        self.assertIn("; T: ", gaps)

    def test_objectivefield(self):
        self.assertText("=OBJECTIVEFIELD(A1;\"metric\")", "leads")
        self.assertText("=OBJECTIVEFIELD(A1;\"tier\")", "lead")
        self.assertValue("=OBJECTIVEFIELD(A1;\"target\")", 30)
        self.assertText("=OBJECTIVEFIELD(A1;\"unit\")", "count")
        self.assertText("=OBJECTIVEFIELD(A1;\"rate_period\")", "month")
        self.assertText("=OBJECTIVEFIELD(A1;\"channel\")", "google ads")
        self.assertValue("=OBJECTIVEFIELD(A1;\"deadline_days\")", 90)  # three months
        self.assertText("=OBJECTIVEFIELD(A1;\"cost_metric\")", "cpl")
        self.assertValue("=OBJECTIVEFIELD(A1;\"cost_cap\")", 20)
        self.assertValue("=OBJECTIVEFIELD(A1;\"conversion_target\")", 0.1)
        # 1 January 2027 + 90 days = 1 April 2027
        self.assertValue("=OBJECTIVEFIELD(A1;\"deadline\";DATE(2027;1;1))-DATE(2027;4;1)", 0)
        self.assertValue("=OBJECTIVEFIELD(\"Win 5 customers by 31 December 2027\";\"deadline\")"
                         "-DATE(2027;12;31)", 0)
        self.assertValue("=OBJECTIVEFIELD(\"Increase leads by 25%\";\"change\")", 0.25)
        self.assertCellError("=OBJECTIVEFIELD(A2;\"target\")", NA)
        self.assertCellError("=OBJECTIVEFIELD(A1;\"deadline\")", NA)  # relative, no start date

    def test_metrictier(self):
        self.assertText("=METRICTIER(A4)", "pipeline")
        self.assertText("=METRICTIER(\"impressions\")", "awareness")
        self.assertText("=METRICTIER(\"revenue\")", "revenue")
        self.assertCellError("=METRICTIER(\"bananas\")", NA)

    def test_errors(self):
        for formula, error in (("=SMARTSCORE(A5)", NA), ("=SMARTSCORE(\"\")", NA),
                               ("=SMARTGAPS(\"   \")", NA), ("=SMARTMET(\"\";\"S\")", NA),
                               ("=OBJECTIVEFIELD(\"\";\"metric\")", NA),
                               ("=SMARTMET(A1;\"Q\")", ERR502), ("=SMARTMET(A1;\"\")", ERR502),
                               ("=OBJECTIVEFIELD(A1;\"budget\")", ERR502),
                               ("=METRICTIER(A5)", NA)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)

    def test_hostile_text_answers_quickly(self):
        texts = {
            "B1": "x" * 100000 + " 30 leads",
            "B2": "\U0001F680 Win 30 customers from LinkedIn within 90 days \U0001F389",
            "B3": "\u05d4\u05e9\u05d2 30 \u05dc\u05e7\u05d5\u05d7\u05d5\u05ea \u0645\u0631\u062d\u0628\u0627",
            "B4": "\x01\x02\x07 Get 30 leads \x1b[31m",
        }
        for address, text in texts.items():
            self.sheet.getCellRangeByName(address).setString(text)
        started = time.monotonic()
        for address in texts:
            cell = self.evaluate("=SMARTSCORE(%s)+LEN(SMARTGAPS(%s))" % (address, address))
            # past 10,000 characters a text is refused, quickly (docs/reliability.md)
            self.assertEqual(cell.getError(), calc_case.ERR502 if address == "B1" else 0, address)
        self.assertLess(time.monotonic() - started, 5.0)  # generous: a hang is what this catches
        self.assertValue("=SMARTSCORE(B2)", 5)
        self.assertTrue(calc_case.office().alive())


class EuropeanForms(CalcTestCase):
    """Numbers and dates as Europeans write them, in English objectives: read where unambiguous,
    refused and explained where not (docs/smart-rubric.md)."""

    def test_decimal_comma_and_dotted_dates(self):
        self.assertValue("=OBJECTIVEFIELD(\"Keep CPL below 45,50 € on Meta this month\";\"target\")",
                         45.5)
        self.assertValue("=OBJECTIVEFIELD(\"Win 50 orders by 30.09.2026\";\"deadline\")"
                         "-DATE(2026;9;30)", 0)
        self.assertValue("=OBJECTIVEFIELD(\"Win 50 orders by 09/30/2026\";\"deadline\")"
                         "-DATE(2026;9;30)", 0)

    def test_ambiguous_forms_are_refused_and_explained(self):
        cell = self.evaluate("=SMARTGAPS(\"Generate 1.500 leads per month from LinkedIn\")")
        self.assertIn("1.500", cell.getString())
        cell = self.evaluate("=SMARTGAPS(\"Win 50 orders from Google Ads by 03/04/2026\")")
        self.assertIn("3 April or 4 March", cell.getString())


if __name__ == "__main__":
    unittest.main()
