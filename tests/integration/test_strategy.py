"""STATEMENTKIND, PLANAUDIT and PLANSCORE in real headless Calc; expectations reasoned from
docs/strategy-rubric.md."""
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import ERR502, NA, CalcTestCase

PLAN = [
    ("Diversify our client portfolio beyond machinery sales", "objective"),
    ("Win 5 customers outside machinery by the end of Q4", "key result"),
    ("Improve brand awareness", "key result"),
    ("Post on LinkedIn three times a week", "objective"),
    (None, None),
    ("Double the leads in 12 months", "key result"),
]


def tearDownModule():
    calc_case.shutdown()


class Strategy(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for row, (statement, kind) in enumerate(PLAN, start=1):
            if statement:
                cls.sheet.getCellRangeByName("A%d" % row).setString(statement)
                cls.sheet.getCellRangeByName("B%d" % row).setString(kind)
        cls.sheet.getCellRangeByName("C1").setString("objective")  # C1:C2, wrong size for A1:A6
        cls.sheet.getCellRangeByName("D1").setString("goal")  # not a kind

    def assertText(self, formula, expected):
        cell = self.evaluate(formula)
        self.assertEqual(cell.getError(), 0, "%s gave %s" % (formula, cell.getString()))
        self.assertEqual(cell.getString(), expected, formula)

    def test_statementkind(self):
        self.assertText("=STATEMENTKIND(A1)", "objective")          # focus, no number
        self.assertText("=STATEMENTKIND(A2)", "key result")         # a number and a deadline
        self.assertText("=STATEMENTKIND(A4)", "tactic")             # led by "post"
        self.assertText("=STATEMENTKIND(\"Demo requests from machinery prospects\")",
                        "success indicator")                         # a metric, no verb
        self.assertText("=STATEMENTKIND(\"Track webinar attendance\")", "success indicator")
        self.assertText("=STATEMENTKIND(\"Run 4 webinars by Q2\")", "tactic")  # activity first

    def test_planaudit_with_kinds(self):
        lines = self.evaluate("=PLANAUDIT(A1:A6;B1:B6)").getString().split("\n")
        # statement 3, a key result without a number (the issue's own example)
        self.assertTrue(any(l.startswith("Key result \"Improve brand awareness\" (statement 3) "
                                         "has no number") for l in lines), lines)
        # statement 4, an objective that is a tactic
        self.assertTrue(any("(statement 4) is a tactic" in l for l in lines), lines)
        # statement 6, lead volume only; no success indicator in the plan
        self.assertTrue(any("(statement 6) counts lead volume only" in l for l in lines), lines)
        self.assertTrue(any(l.startswith("No success indicators") for l in lines), lines)
        self.assertEqual(len(lines), 4, lines)

    def test_planscore(self):
        # 100 - 10 (KR without number) - 10 (tactic as objective) - 5 (volume only)
        #     - 10 (no success indicators) = 65
        self.assertValue("=PLANSCORE(A1:A6;B1:B6)", 65)
        # Without kinds the statements take the roles they read as: objectives 1, 3 ("Improve
        # brand awareness" reads as an objective), tactic 4, key results 2 and 6: findings are
        # volume only (6) and no success indicators: 100 - 5 - 10 = 85
        self.assertValue("=PLANSCORE(A1:A6)", 85)

    def test_errors(self):
        for formula, error in (("=PLANAUDIT(E1:E5)", NA), ("=PLANSCORE(E1:E5)", NA),
                               ("=PLANAUDIT(A1:A6;C1:C2)", ERR502),
                               ("=PLANSCORE(A1:A1;D1)", ERR502),
                               ("=STATEMENTKIND(\"\")", NA)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)


if __name__ == "__main__":
    unittest.main()
