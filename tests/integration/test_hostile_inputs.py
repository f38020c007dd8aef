"""Hostile input in real headless Calc, generated from the catalogue (build/generated/catalogue.json),
so a new function is covered as soon as it is catalogued.

For every function and every argument position, each hostile value below goes into that position
while the other arguments hold a valid baseline chosen by parameter kind (a per-parameter
override only where a kind alone says too little, e.g. which text an objective is). Every result
must be a value or one of the error contract's cell errors (README.md), each call must take under
100 ms, and soffice must be alive at the end.

Timing: each formula is set into its own cell and read back at once, so the time measured per
call also holds a UNO round trip from Python: an upper bound of the add-in call itself (a call
over the limit is timed once more, so that a stall of the office elsewhere is not blamed on it).
At the end the whole matrix is recalculated once (calculateAll), which must agree cell for cell.
"""
import time

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, ERR504, NA, NUM, VALUE, CalcTestCase
from goalpost_office.office import set_cell

# The cell errors the contract allows; Err:504 is Calc's own for a range holding an error.
CONTRACT_ERRORS = {DIV0, ERR502, VALUE, NA, NUM, ERR504}
CALL_LIMIT_SECONDS = 0.100

# Baselines by parameter kind, and by name where the kind alone does not say what is sensible.
BASELINE_BY_KIND = {"amount": "100", "number": "0.5", "list": "{1000|100|10}", "text": '"leads"',
                    "texts": '{"Win 5 customers by the end of Q4"|"Demo requests from food packaging '
                             'prospects"}',
                    "numbers": "{600|300}",
                    "cells": "$F$1:$F$2"}  # a cell range: Calc passes no inline array to it
BASELINE_BY_NAME = {
    "objective": '"Generate 30 leads per month from Google Ads at under $20 CPL"',
    "kinds": '{"key result"|"success indicator"}',  # as many cells as the statements above
    "criterion": '"M"',
    "field": '"target"',
    "metric": '"MQLs"',
    "rates": "{0.2|0.5}",
    "benchmarks": "{0.1|0.5}",
    "from": "1",
    "to": "3",
    "target": "10",
    "elapsed": "10",
    "period": "30",
    "elapsed_days": "28",
    "periods": "12",
    "cycle_days": "40",
    "start_date": "46000",
    "baseline": "100",
    "cost_per_lead": "20",
    "confidence": "0.95",
    "alpha": "0.05",
    "power": "0.8",
    "base_rate": "0.1",
    "relative_lift": "0.2",
    "arpa": "100",
    "avg_deal": "10000",
    "ltv": "4000",
    "cac": "1000",
    "spend_column": "$A$1:$A$2",
    "leads_column": "$C$1:$C$2",
}

LONG_TEXT_LENGTH = 100_000

# The data cells the hostile values refer to. Column A is the whole column: a valid funnel with
# nothing else in it, so that A:A is a plausible (if huge) argument of every kind.
DATA = {
    "A1": 1000, "A2": 100, "A3": 10,
    "B1": "twelve",                          # text in a cell
    # B2 stays empty
    "B3": "=1/0",                            # #DIV/0!
    "B4": "=NA()",                           # #N/A
    "B5": "x" * LONG_TEXT_LENGTH,            # a 100,000-character string
    "B6": "\x01\x02\x07\t\x1b[31m\x7f leads\r\n",  # control characters
    "B7": "=TRUE()",                         # a boolean cell
    "C1": 1, "D1": 2, "C2": 3, "D2": 4, "C3": 5, "D3": 6,  # a 2-D range
    "E1": 5, "E2": "=1/0", "E3": 7,          # a range holding an error
    "F1": "Win 5 customers by the end of Q4", "F2": "Get more leads",  # objectives in cells
}

# name -> (argument text, the errors it may give besides a value and the contract's own).
# An error cell must propagate as itself (or Calc's Err:504 when passed as a range).
HOSTILE = {
    "text": '"twelve"',
    "text cell": "$B$1",
    "empty cell": "$B$2",
    "#DIV/0! cell": "$B$3",
    "#N/A cell": "$B$4",
    "error in range": "$E$1:$E$3",
    "negative": "-5",
    "zero": "0",
    "1E308": "1E308",
    "-1E308": "-1E308",
    "2-D range": "$C$1:$D$3",
    "whole column": "$A:$A",
    "100k text cell": "$B$5",
    "100k text": 'REPT("x";%d)' % LONG_TEXT_LENGTH,
    "emoji": '"🚀 Grow MQLs 📈 by 25% 💰 within 90 days 🎯"',
    "right-to-left": '"زيادة العملاء المحتملين بنسبة 25% خلال 90 يومًا"',
    "hebrew": '"להגדיל את הלידים ב-25% תוך 90 ימים"',
    "control characters": "$B$6",
    "TRUE": "TRUE()",
    "FALSE": "FALSE()",
    "boolean cell": "$B$7",
}
# Error values must come back as themselves, or as Calc's Err:504 for a range holding one. A range
# given where one number or one text is expected goes through Calc's implicit intersection with
# the formula's row first: no common row is Calc's own #VALUE!.
PROPAGATED = {"#DIV/0! cell": {DIV0, ERR504}, "#N/A cell": {NA, ERR504},
              "error in range": {DIV0, ERR504, VALUE}}

# A whole column passed where a range is accepted costs Calc itself 0.1 to 0.9 s a call on this
# machine, before Goalpost runs: for an add-in argument Calc copies all 1,048,576 rows into a
# UNO sequence, one row sequence each (ScRangeToSequence in sc/source/core/tool/rangeseq.cxx),
# where its own SUM shrinks the range to the used rows. Goalpost's own share is the sum over that
# sequence (about 2 ms). These calls are held to a bound that catches a hang, not to 100 ms; see
# docs/reliability.md.
WHOLE_COLUMN = "whole column"
WHOLE_COLUMN_LIMIT_SECONDS = 3.0

def baseline(parameter):
    return BASELINE_BY_NAME.get(parameter["name"], BASELINE_BY_KIND[parameter["kind"]])


def matrix():
    """(function, position, hostile name, formula) for every function, position and value."""
    for function in calc_case.catalogue():
        parameters = function["parameters"]
        for position in range(len(parameters)):
            for name, value in HOSTILE.items():
                arguments = [value if i == position else baseline(p)
                             for i, p in enumerate(parameters)]
                yield (function["name"], position + 1, name,
                       "=%s(%s)" % (function["name"], ";".join(arguments)))


def tearDownModule():
    calc_case.shutdown()


class HostileInputs(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for address, value in DATA.items():
            set_cell(cls.sheet.getCellRangeByName(address), value)

    def check(self, label, cell, hostile):
        error = cell.getError()
        if error == 0:
            return
        allowed = PROPAGATED.get(hostile, CONTRACT_ERRORS)
        self.assertIn(error, allowed, "%s gave error %d (%s)" % (label, error, cell.getString()))

    def call(self, cell, formula):
        """Sets one formula and reads it back: the time of one call plus a UNO round trip."""
        start = time.perf_counter()
        cell.setFormula(formula)
        cell.getError()  # interprets the cell now
        return time.perf_counter() - start

    def test_matrix(self):
        cases = list(matrix())
        functions = {function for function, _, _, _ in cases}
        self.assertEqual(functions, {f["name"] for f in calc_case.catalogue()})
        self.assertGreater(len(cases), 1000)
        # The sample data is intact: the hostile values really are what their names say.
        self.assertEqual(len(self.sheet.getCellRangeByName("B5").getString()), LONG_TEXT_LENGTH)
        self.assertEqual(self.sheet.getCellRangeByName("B3").getError(), DIV0)

        # Every call on its own, timed. Whole-column calls go through one scratch cell, so that
        # the recalculation of the matrix below stays quick.
        self.call(self.sheet.getCellRangeByName("E9"), "=CPL(600;30)")  # loads the component
        cells = []
        slowest = {True: (0.0, ""), False: (0.0, "")}
        scratch = self.sheet.getCellRangeByName("E8")
        first_row = 10  # below the data; column A stays the funnel
        for index, (function, position, hostile, formula) in enumerate(cases):
            whole_column = hostile == WHOLE_COLUMN
            cell = scratch if whole_column else self.sheet.getCellByPosition(
                6 + len(cells) % 20, first_row + len(cells) // 20)
            label = "%s argument %d = %s: %s" % (function, position, hostile, formula[:120])
            elapsed = self.call(cell, formula)
            if elapsed > CALL_LIMIT_SECONDS:  # a stall of the office, or the call itself? again
                elapsed = min(elapsed, self.call(cell, formula))
            slowest[whole_column] = max(slowest[whole_column], (elapsed, label))
            limit = WHOLE_COLUMN_LIMIT_SECONDS if whole_column else CALL_LIMIT_SECONDS
            with self.subTest(case=label):
                self.assertLess(elapsed, limit, "%.1f ms" % (elapsed * 1000))
                self.check(label, cell, hostile)
            if not whole_column:
                cells.append((cell, cell.getError(), label))
        scratch.setString("")
        print("\n%d hostile calls; slowest %.1f ms: %s; slowest whole column %.1f ms: %s"
              % (len(cases), slowest[False][0] * 1000, slowest[False][1],
                 slowest[True][0] * 1000, slowest[True][1]))

        # One recalculation of the whole matrix agrees with the calls one by one.
        start = time.perf_counter()
        self.document.calculateAll()
        elapsed = time.perf_counter() - start
        print("calculateAll of %d cells: %.0f ms" % (len(cells), elapsed * 1000))
        for cell, error, label in cells:
            with self.subTest(case=label):
                self.assertEqual(cell.getError(), error, label)
        self.assertTrue(calc_case.office().alive(), "soffice died")
