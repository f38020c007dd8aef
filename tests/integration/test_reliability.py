"""Reliability II (issue 19) in real headless Calc: what hostile testing found beyond the matrix.
Each expectation follows from the rule in docs/reliability.md named beside it."""
import unittest

import calc_case
from calc_case import NA, CalcTestCase


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


if __name__ == "__main__":
    unittest.main()
