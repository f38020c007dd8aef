"""Experiments in real headless Calc: every case of tests/data/experiment_reference.tsv, whose
values an independent script computed (tests/data/experiment_reference.py: Python's standard
library in 50-digit decimals), recalculated as a formula, lists as inline arrays and in cells, and
the cell errors of what is not an experiment."""
import math
import os
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, NUM, CalcTestCase

REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                         "experiment_reference.tsv")


def tearDownModule():
    calc_case.shutdown()


def reference_cases():
    with open(REFERENCE, encoding="utf-8") as file:
        for line in file:
            if line.strip() and not line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                yield fields[0], fields[1:7], float(fields[7])


def formula_of(function, arguments):
    """The call with lists as inline arrays ({1;2} in the API grammar) and omitted arguments
    left out at the end."""
    written = ["{%s}" % field if ";" in field else field for field in arguments]
    while written and written[-1] == "":
        written.pop()
    return "=%s(%s)" % (function, ";".join(written))


def fractional_prior(function, arguments):
    return function in ("PROBBEATS", "EXPECTEDLOSS") and any(
        field and float(field) != math.floor(float(field)) for field in arguments[4:6])


class Experiments(CalcTestCase):
    def test_every_reference_case(self):
        cases = list(reference_cases())
        self.assertGreaterEqual(len(cases), 40)
        for function, arguments, expected in cases:
            formula = formula_of(function, arguments)
            with self.subTest(formula=formula):
                if fractional_prior(function, arguments):
                    self.assertCellError(formula, ERR502)  # the exact sum needs whole priors
                    continue
                cell = self.evaluate(formula)
                self.assertEqual(cell.getError(), 0, "%s gave %s" % (formula, cell.getString()))
                self.assertLessEqual(abs(cell.getValue() - expected),
                                     1e-9 * abs(expected) + 1e-13, formula)

    def test_lists_in_cells(self):
        # a column of visitors under a header, shares in a row: 5000 and 5200 as above
        self.put("A1", "visitors")
        self.put("A2", 5000)
        self.put("A3", 5200)
        self.put("B1", 1)
        self.put("C1", 1)
        self.assertValue("=SRMPVALUE(A1:A3)", 0.0476703806561614, 12)
        self.assertValue("=SRMPVALUE(A2:A3;B1:C1)", 0.0476703806561614, 12)
        # amounts summed from ranges, as CONVPVALUE reads them: 10 of 100 against 15 of 100
        self.put("D1", 4)
        self.put("D2", 6)
        self.assertValue("=PROBBEATS(D1:D2;100;15;100)", 0.853283789933966, 9)

    def test_design_arguments(self):
        self.assertValue("=SAMPLESIZE(0.1;0.2)", 3841)  # unchanged by the new arguments
        self.assertValue("=SAMPLESIZE(0.1;0.2;;;2;2)", 3841)
        self.assertValue("=SAMPLESIZE(0.05;-0.2)", 6745)  # a decrease
        self.assertValue("=TESTDAYS(0.05;0.2;1000;;;)", 17)

    def test_errors(self):
        for formula, error in (("=SRMPVALUE(500)", ERR502), ("=SRMPVALUE({500;520};{1;1;1})", ERR502),
                               ("=SRMPVALUE({500;520};{1;-1})", ERR502),
                               ("=SRMPVALUE({0;0})", DIV0), ("=SRMPVALUE({500.5;520})", ERR502),
                               ("=PROBBEATS(11;10;1;10)", ERR502), ("=PROBBEATS(1;10;1;10;0)", ERR502),
                               ("=EXPECTEDLOSS(1;10;1;10;1;0.5)", ERR502),
                               ("=PROBBEATS(300000000;600000000;300000000;600000000)", NUM),
                               ("=SAMPLESIZE(0.1;-1)", ERR502), ("=SAMPLESIZE(0.1;0.2;;;1)", ERR502),
                               ("=SAMPLESIZE(0.1;0.2;;;2;3)", ERR502),
                               ("=MINLIFT(0.3;5)", ERR502), ("=MINLIFT(0.05;-5)", ERR502),
                               ("=TESTDAYS(0.05;0.2;0)", DIV0), ("=TESTDAYS(0.05;0.2;-10)", ERR502),
                               ("=TESTDAYS(0.05;0.2;100;1.5)", ERR502),
                               ("=EXPECTEDLOSS(20000000;100000000;15000000;100000000)", NUM)):
            with self.subTest(formula=formula):
                self.assertCellError(formula, error)


if __name__ == "__main__":
    unittest.main()
