"""Every catalogue function's example, as the Function Wizard and docs/functions.md show it, runs in
real Calc and gives its example_result: an example is documentation a user copies, so it must
be true. A numeric result is compared to the decimals the example shows; a text result whole, or
up to the "..." where the example shortens it."""
import re
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import CalcTestCase

# Examples that read cells: the cells they describe, in this sheet, before the formula runs. The
# plan has no success indicator (-10) and one volume-only lead target (-5): 85 by the rubric of
# docs/strategy-rubric.md, its first finding "No success indicators".
PLAN = [("Diversify our client portfolio beyond machinery sales", "objective"),
        ("Win 5 customers outside machinery by the end of Q4", "key result"),
        ("Generate 200 leads from food packaging buyers by the end of Q4", "key result"),
        ("Convert 10% of them into opportunities within six months", "key result"),
        ("Post on LinkedIn three times a week", "tactic"),
        ("Run 4 webinars for packaging buyers by June", "tactic"),
        ("Become the go-to supplier for food packaging", "objective"),
        ("Launch a case-study series", "tactic")]
CELLS_BY_FUNCTION = {
    "SMARTSCORES": {"A2": "Get more leads", "A3": "Win 5 customers from LinkedIn by 31 December 2027"},
    "CPLS": {"B2": 600, "B3": 300, "C2": 30, "C3": 0},
    "PLANAUDIT": {**{"A%d" % row: text for row, (text, _) in enumerate(PLAN, start=2)},
                  **{"B%d" % row: kind for row, (_, kind) in enumerate(PLAN, start=2)}},
}
CELLS_BY_FUNCTION["PLANSCORE"] = CELLS_BY_FUNCTION["PLANAUDIT"]


def tearDownModule():
    calc_case.shutdown()


def formula_of(example):
    """The formula of an example, without the words that describe its cells."""
    return example.split(" with ", 1)[0]


class CatalogueExamples(CalcTestCase):
    def run_example(self, function):
        for address in ("A2:C9",):
            self.sheet.getCellRangeByName(address).clearContents(1023)
        for address, value in CELLS_BY_FUNCTION.get(function["name"], {}).items():
            self.put(address, value)
        return self.evaluate(formula_of(function["example"]), "Z1")

    def test_every_example_gives_its_result(self):
        for function in calc_case.catalogue():
            with self.subTest(function=function["name"]):
                cell = self.run_example(function)
                expected = function["example_result"]
                self.assertEqual(cell.getError(), 0, "%s gave %s" % (function["example"],
                                                                    cell.getString()))
                number = re.match(r"^-?\d+(\.(\d+))?(?=$| )", expected)
                if number:
                    decimals = len(number.group(2) or "")
                    self.assertAlmostEqual(cell.getValue(), float(number.group(0)),
                                           places=decimals, msg=function["example"])
                elif "..." in expected:
                    shown = expected.split("...", 1)[0].rstrip()
                    self.assertTrue(cell.getString().startswith(shown),
                                    "%s gave %r" % (function["example"], cell.getString()))
                else:
                    self.assertEqual(cell.getString(), expected, function["example"])


if __name__ == "__main__":
    unittest.main()
