"""SMARTSCORES and CPLS, the whole-range forms, in real headless Calc: one array formula over a
column gives, cell by cell, what the per-row SMARTSCORE and CPL give."""
import time
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, ERR504, NA, VALUE, CalcTestCase

OBJECTIVES = [
    "Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into customers "
    "within three months",                              # 5
    "Get more leads",                                   # 0
    "Increase leads to 500 a month within 6 months",    # 2 (3 with baseline 400)
    None,                                               # empty: #N/A
    "Win 5 customers from LinkedIn by 31 December 2027",
]


def tearDownModule():
    calc_case.shutdown()


class RangeForms(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for row, text in enumerate(OBJECTIVES, start=1):
            if text is not None:
                cls.sheet.getCellRangeByName("A%d" % row).setString(text)
        cls.sheet.getCellRangeByName("B3").setValue(400)  # baseline of A3 only
        # spend, leads: 600/30, 300/0, text spend, blank leads, 1000/40
        for row, (spend, leads) in enumerate([(600, 30), (300, 0), ("n/a", 3), (90, None),
                                              (1000, 40)], start=1):
            for column, value in (("D", spend), ("E", leads)):
                cell = cls.sheet.getCellRangeByName("%s%d" % (column, row))
                if isinstance(value, str):
                    cell.setString(value)
                elif value is not None:
                    cell.setValue(value)

    def array(self, formula, target):
        cells = self.sheet.getCellRangeByName(target)
        cells.setArrayFormula(formula)
        self.document.calculateAll()
        return [[cells.getCellByPosition(c, r) for c in range(cells.Columns.Count)]
                for r in range(cells.Rows.Count)]

    def test_smartscores_match_smartscore_cell_by_cell(self):
        column = [row[0] for row in self.array("=SMARTSCORES(A1:A5)", "G1:G5")]
        for row, cell in enumerate(column, start=1):
            single = self.evaluate("=SMARTSCORE(A%d)" % row)
            with self.subTest(row=row):
                self.assertEqual(cell.getError(), single.getError())
                if single.getError() == 0:
                    self.assertEqual(cell.getValue(), single.getValue())
        self.assertEqual([c.getValue() for c in column[:3]], [5, 0, 2])
        self.assertEqual(column[3].getError(), NA)

    def test_smartscores_with_baselines(self):
        column = [row[0] for row in self.array("=SMARTSCORES(A1:A5;B1:B5)", "H1:H5")]
        self.assertEqual(column[2].getValue(), 3)  # baseline 400 makes the jump plausible
        self.assertEqual(column[1].getValue(), 0)  # blank baseline: none, as omitted
        one_for_all = self.array("=SMARTSCORES(A3:A3;400)", "I1")
        self.assertEqual(one_for_all[0][0].getValue(), 3)

    def test_smartscores_shape_and_errors(self):
        # The result reaches as far as the range holds data: A1:A5 does, A1:B2 only in column A.
        self.assertValue("=ROWS(SMARTSCORES(A1:A5))", 5)
        self.assertValue("=COLUMNS(SMARTSCORES(A1:B2))", 1)
        self.assertValue("=ROWS(SMARTSCORES(A1:A1048576))", 5)
        self.assertCellError("=INDEX(SMARTSCORES(D1:D2);1;1)", VALUE)  # a number, not a text
        self.assertCellError("=SMARTSCORES(A1:A5;B1:B2)", ERR502)     # baselines of another shape
        # A cell range, never a copy: an inline array is refused by Calc itself (Err:504).
        self.assertCellError("=INDEX(SMARTSCORES({\"Get more leads\"|\"Win 5 customers\"});1;1)",
                             ERR504)

    def test_cpls_match_cpl_cell_by_cell(self):
        column = [row[0] for row in self.array("=CPLS(D1:D5;E1:E5)", "J1:J5")]
        self.assertAlmostEqual(column[0].getValue(), 20, places=12)    # 600 / 30
        self.assertEqual(column[1].getError(), DIV0)                   # 300 / 0
        self.assertEqual(column[2].getError(), VALUE)                  # text spend
        self.assertEqual(column[3].getError(), DIV0)                   # blank leads: 0
        self.assertAlmostEqual(column[4].getValue(), 25, places=12)    # 1000 / 40
        for row in (1, 2, 4, 5):
            single = self.evaluate("=CPL(D%d;E%d)" % (row, row))
            self.assertEqual(column[row - 1].getError(), single.getError(), row)

    def test_cpls_shape_and_errors(self):
        self.assertValue("=INDEX(CPLS(D1:D2;E1:E2);1;1)", 20)
        self.assertCellError("=INDEX(CPLS(D1:D2;E1:E2);2;1)", DIV0)
        self.assertCellError("=CPLS(D1:D5;E1:E4)", ERR502)
        self.assertValue("=ROWS(CPLS(D1:D1048576;E1:E1048576))", 5)  # whole columns: their data
        self.assertCellError("=INDEX(CPLS({600|300};{30|0});1;1)", ERR504)  # not a cell range
        self.assertCellError("=INDEX(CPLS(-5;1);1;1)", ERR504)


class WholeSheets(CalcTestCase):
    """Issue 19: a whole sheet given to a whole-range form answers at once. Calc passes the range
    as a reference; only the cells that hold data are read, at most 1,048,576 of them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.document.Sheets.insertNewByName("Results", 1)
        cls.results = cls.document.Sheets.getByName("Results")
        cls.sheet.getCellRangeByName("A1").setString("Win 5 customers from LinkedIn within 90 days")
        cls.sheet.getCellRangeByName("A2").setString("Get more leads")

    def result(self, formula):
        cell = self.results.getCellRangeByName("A1")
        cell.setFormula(formula)
        started = time.monotonic()
        self.document.calculateAll()
        self.assertLess(time.monotonic() - started, 5.0, formula)
        return cell

    def test_a_whole_sheet_with_little_data_is_read(self):
        # A1:B2 of the data sheet hold data: the scores of A1 and A2 (5 and 0), two #N/A in B
        cell = self.result("=SUMPRODUCT(IFERROR(SMARTSCORES($Sheet1.A1:AMJ1048576);0))")
        self.assertEqual(cell.getError(), 0)
        self.assertEqual(cell.getValue(), 5)

    def test_a_whole_sheet_with_data_far_apart_is_refused_fast(self):
        far = self.sheet.getCellRangeByName("Z900000")
        far.setString("Generate 30 leads")
        try:
            # the data reach 900,000 rows x 26 columns: more than 1,048,576 cells to read
            self.assertEqual(self.result("=SUM(SMARTSCORES($Sheet1.A1:AMJ1048576))").getError(),
                             ERR502)
            self.assertEqual(self.result("=SUM(CPLS($Sheet1.A1:AMJ1048576;"
                                         "$Sheet1.A1:AMJ1048576))").getError(), ERR502)
        finally:
            far.setString("")
        self.assertTrue(calc_case.office().alive())


if __name__ == "__main__":
    unittest.main()
