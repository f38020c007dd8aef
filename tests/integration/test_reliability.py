"""Reliability II (issue 19) in real headless Calc: what hostile testing found beyond the matrix.
Each expectation follows from the rule in docs/reliability.md named beside it."""
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import ERR502, NA, CalcTestCase


def tearDownModule():
    calc_case.shutdown()


class IntervalEdges(CalcTestCase):
    def test_no_conversion_has_a_lower_bound_of_exactly_zero(self):
        # 0 of 10 at 99%: the Wilson bound is 0 by the formula; rounding once left 2.8E-17
        self.assertValue("=CONVLOW(0;10;0.99)", 0.0, places=20)
        self.assertValue("=IF(CONVLOW(0;10;0.99)>0;1;0)", 0)
        self.assertValue("=COUNTLOW(0)", 0.0, places=20)

    def test_all_conversions_have_an_upper_bound_of_exactly_one(self):
        self.assertValue("=IF(CONVHIGH(1000;1000;0.5)<1;1;0)", 0)
        self.assertValue("=CONVHIGH(1000;1000;0.5)", 1.0, places=20)


class BlankPlans(CalcTestCase):
    def test_a_blank_cell_is_an_empty_plan(self):
        # F1 is blank: Calc passes the number 0, which is no statement
        self.assertCellError("=PLANSCORE(F1)", NA)
        self.assertCellError("=PLANAUDIT(F1)", NA)

    def test_texts_without_words_get_the_same_answer_everywhere(self):
        for text in ("---", "?!", "\U0001F680"):
            with self.subTest(text=text):
                self.put("G1", text)
                for function in ("STATEMENTKIND", "PLANSCORE", "SMARTSCORE"):
                    self.assertCellError("=%s(G1)" % function, NA)


class LongTexts(CalcTestCase):
    """Texts longer than 10,000 characters are refused (Err:502) before they are converted or
    parsed; up to the limit they are read."""

    def test_past_the_limit_every_reader_refuses(self):
        self.put("H1", "Win 5 customers within 90 days " + "x" * 10000)
        for formula in ("=SMARTSCORE(H1)", "=SMARTGAPS(H1)", "=OBJECTIVEFIELD(H1;\"target\")",
                        "=OBJECTIVECHECK(H1;1;30)", "=OBJECTIVEPACE(H1;1;30)", "=METRICTIER(H1)",
                        "=STATEMENTKIND(H1)", "=PLANSCORE(H1)", "=PLANAUDIT(H1)"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, ERR502)

    def test_up_to_the_limit_the_text_is_read(self):
        text = "Win 5 customers within 90 days"
        self.put("H2", text + " " * (10000 - len(text)))
        self.assertValue("=OBJECTIVEFIELD(H2;\"target\")", 5)
        self.assertValue("=LEN(H2)", 10000)


if __name__ == "__main__":
    unittest.main()
