"""The metrics family in real headless Calc: CPL, CPA, CAC, ROAS, ROI, CONVRATE, FUNNELCONV and
FUNNELSTEPS by value, by cell reference and by range, the error contract, and an .ods round trip.
Every expected number is worked by hand in the comment beside it."""
import os
import tempfile
import unittest

from goalpost_office import calc_case
from goalpost_office.calc_case import DIV0, ERR502, ERR504, NA, NUM, VALUE, CalcTestCase
from goalpost_office.office import save_as, set_cell


def tearDownModule():
    calc_case.shutdown()


class ByValue(CalcTestCase):
    def test_cpl(self):
        self.assertValue("=CPL(600;30)", 20)  # 600 / 30

    def test_cpa(self):
        self.assertValue("=CPA(1500;12)", 125)  # 1500 / 12

    def test_cac(self):
        self.assertValue("=CAC(8000;10;2000)", 1000)  # (8000 + 2000) / 10
        self.assertValue("=CAC(8000;10)", 800)  # sales cost defaults to 0
        self.assertValue("=CAC(8000;10;)", 800)  # an empty slot is the default too

    def test_roas(self):
        self.assertValue("=ROAS(5000;1000)", 5)  # 5000 / 1000

    def test_roi(self):
        self.assertValue("=ROI(10000;2000;0.4)", 1)  # (10000*0.4 - 2000) / 2000
        self.assertValue("=ROI(3000;2000)", 0.5)  # margin 1: (3000 - 2000) / 2000

    def test_convrate(self):
        self.assertValue("=CONVRATE(45;1500)", 0.03)  # 45 / 1500

    def test_funnelconv(self):
        # API grammar: '|' separates rows, so this is a column.
        self.assertValue("=FUNNELCONV({2000|400|100|20})", 0.01)  # 20 / 2000
        self.assertValue("=FUNNELCONV({2000|400|100|20};2;4)", 0.05)  # 20 / 400
        self.assertValue("=FUNNELCONV({2000;400;100;20};1;2)", 0.2)  # a row: 400 / 2000

    def test_booleans_count_as_numbers(self):
        self.assertValue("=CPL(10;TRUE())", 10)  # TRUE is 1 in Calc: 10 / 1

    def test_text_is_read_as_calc_reads_a_times_one(self):
        # README, "Arguments": a single text value is what =A1*1 makes of it: "30" is 30,
        # "abc" is #VALUE!, exactly as Calc's own multiplication does.
        self.assertValue("=CPL(600;\"30\")", 20)
        self.assertValue("=\"30\"*1", 30)
        self.assertCellError("=CPL(600;\"abc\")", VALUE)
        self.assertCellError("=\"abc\"*1", VALUE)


class ByReferenceAndRange(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A small campaign: spend in B, leads in C, customers in D, revenue in E.
        rows = [("Search", 300, 12, 2, 2400), ("Social", 200, 8, 1, 900),
                ("Email", 100, "n/a", 1, 1200)]
        for index, (label, spend, leads, customers, revenue) in enumerate(rows, start=2):
            for column, value in zip("ABCDE", (label, spend, leads, customers, revenue)):
                set_cell(cls.sheet.getCellRangeByName("%s%d" % (column, index)), value)
        # Funnel counts in G1:G6 with two spare blank rows; H1:J1 a row funnel.
        for index, count in enumerate([5000, 500, 100, 25], start=1):
            cls.sheet.getCellRangeByName("G%d" % index).setValue(count)
        for column, count in zip("HIJ", [800, 200, 50]):
            cls.sheet.getCellRangeByName("%s1" % column).setValue(count)

    def test_single_cells(self):
        self.assertValue("=CPL(B2;C2)", 25)  # 300 / 12
        self.assertValue("=CPA(B2;D2)", 150)  # 300 / 2
        self.assertValue("=ROAS(E3;B3)", 4.5)  # 900 / 200
        self.assertValue("=CAC(B2;D2;B3)", 250)  # (300 + 200) / 2
        self.assertValue("=ROI(E2;B2;0.5)", 3)  # (2400*0.5 - 300) / 300
        self.assertValue("=CONVRATE(D2;C2)", 2 / 12)  # 2 / 12

    def test_a_funnel_column_with_its_title(self):
        # Issue 15: FUNNELCONV(K1:K6) with the title "Count" in K1 and a spare row at the end
        # reads the counts, as CPL reads a column with its title: 40 customers of 4000 visits.
        for address, value in (("K1", "Count"), ("K2", 4000), ("K3", 400), ("K4", 120),
                               ("K5", 40)):
            set_cell(self.sheet.getCellRangeByName(address), value)
        try:
            self.assertValue("=FUNNELCONV(K1:K6)", 40 / 4000)
        finally:
            for address in ("K1", "K2", "K3", "K4", "K5"):
                self.sheet.getCellRangeByName(address).setString("")

    def test_ranges_are_summed_ignoring_text(self):
        # spend 300+200+100 = 600; leads 12+8 (text "n/a" ignored) = 20
        self.assertValue("=CPL(B2:B4;C2:C4)", 30)  # 600 / 20
        self.assertValue("=CPA(B2:B4;D2:D4)", 150)  # 600 / (2+1+1)
        self.assertValue("=CAC(B2:B4;D2:D4;B2)", 225)  # (600 + 300) / 4
        self.assertValue("=ROAS(E2:E4;B2:B4)", 7.5)  # (2400+900+1200) / 600
        self.assertValue("=ROI(E2:E4;B2:B4;0.2)", 0.5)  # (4500*0.2 - 600) / 600
        self.assertValue("=CONVRATE(D2:D4;C2:C4)", 0.2)  # 4 / 20

    def test_funnel_column_with_spare_rows(self):
        self.assertValue("=FUNNELCONV(G1:G6)", 0.005)  # 25 / 5000
        self.assertValue("=FUNNELCONV(G1:G6;2;3)", 0.2)  # 100 / 500
        self.assertValue("=INDEX(FUNNELSTEPS(G1:G6);1;1)", 0.1)  # 500 / 5000
        self.assertValue("=INDEX(FUNNELSTEPS(G1:G6);3;1)", 0.25)  # 25 / 100
        self.assertValue("=ROWS(FUNNELSTEPS(G1:G6))", 3)  # 4 stages, 3 steps, a column
        self.assertValue("=COLUMNS(FUNNELSTEPS(G1:G6))", 1)

    def test_funnel_row_keeps_orientation(self):
        self.assertValue("=INDEX(FUNNELSTEPS(H1:J1);1;2)", 0.25)  # 50 / 200
        self.assertValue("=COLUMNS(FUNNELSTEPS(H1:J1))", 2)
        self.assertValue("=FUNNELCONV(H1:J1)", 0.0625)  # 50 / 800

    def test_array_formula_fills_cells(self):
        target = self.sheet.getCellRangeByName("L1:L3")
        target.setArrayFormula("=FUNNELSTEPS(G1:G4)")
        self.document.calculateAll()
        values = [self.sheet.getCellRangeByName("L%d" % row).getValue() for row in (1, 2, 3)]
        for got, expected in zip(values, [0.1, 0.2, 0.25]):  # 500/5000, 100/500, 25/100
            self.assertAlmostEqual(got, expected, places=12)


class ErrorContract(CalcTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sheet.getCellRangeByName("A1").setString("six hundred")
        cls.sheet.getCellRangeByName("A2").setFormula("=1/0")
        cls.sheet.getCellRangeByName("A3").setFormula("=NA()")
        cls.sheet.getCellRangeByName("A4").setValue(600)
        # A5 stays empty.
        for row, value in zip(range(1, 5), [100, None, 10, None]):  # C1:C4: a gap in a funnel
            if value is not None:
                cls.sheet.getCellRangeByName("C%d" % row).setValue(value)
        for row, value in zip(range(1, 4), [100, "lost", 10]):  # D1:D3: text inside a funnel
            set_cell(cls.sheet.getCellRangeByName("D%d" % row), value)
        for address, value in (("E1", 100), ("F1", 50), ("E2", 10), ("F2", 5)):  # a 2-D block
            cls.sheet.getCellRangeByName(address).setValue(value)

    def test_zero_denominator_is_div0(self):
        for formula in ("=CPL(600;0)", "=CPA(600;0)", "=CAC(600;0)", "=ROAS(600;0)",
                        "=ROI(600;0)", "=CONVRATE(0;0)", "=CPL(A4;A5)",
                        "=FUNNELCONV({100|0|0};2;3)"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, DIV0)

    def test_invalid_argument_is_err502(self):
        for formula in ("=CPL(-1;30)", "=CPA(600;-2)", "=CAC(600;10;-1)", "=ROAS(-5;10)",
                        "=ROI(100;10;1.5)", "=ROI(100;10;-0.5)", "=CONVRATE(11;10)",
                        "=FUNNELCONV({100|10};3)", "=FUNNELCONV({100|10};0)",
                        "=FUNNELCONV({100|10|1};3;1)", "=FUNNELCONV({100|10};1.5)",
                        "=FUNNELCONV({100})", "=FUNNELCONV(C1:C4)", "=FUNNELCONV(D1:D3)",
                        "=FUNNELCONV(E1:F2)", "=FUNNELSTEPS(C1:C4)", "=FUNNELSTEPS(E1:F2)",
                        "=FUNNELCONV({100|-10})", "=ROI(100;10;\"high\")"):
            with self.subTest(formula=formula):
                expected = VALUE if "high" in formula else ERR502
                self.assertCellError(formula, expected)

    def test_text_where_a_number_is_needed_is_value(self):
        for formula in ("=CPL(A1;30)", "=CPL(\"x\";30)", "=CAC(600;10;A1)",
                        "=CAC(600;10;\"x\")", "=FUNNELCONV({100|10};\"two\")"):
            with self.subTest(formula=formula):
                self.assertCellError(formula, VALUE)

    def test_error_in_an_input_cell_propagates(self):
        self.assertCellError("=CPL(A4;A2)", DIV0)
        self.assertCellError("=CPL(A3;10)", NA)
        self.assertCellError("=CAC(600;10;A3)", NA)
        # Calc itself answers Err:504 for a range holding an error, without calling the add-in.
        self.assertCellError("=CPL(A2:A4;10)", ERR504)

    def test_overflow_is_num_not_infinity(self):
        self.assertCellError("=CPL(1E308;1E-10)", NUM)  # 1e318 is beyond the largest double

    def test_step_out_of_empty_stage_errs_alone(self):
        self.assertValue("=INDEX(FUNNELSTEPS({100|0|0});1;1)", 0)  # 0 / 100
        self.assertCellError("=INDEX(FUNNELSTEPS({100|0|0});2;1)", DIV0)


class OdsRoundTrip(CalcTestCase):
    def test_formulas_and_values_survive_save_and_reload(self):
        formulas = {"A1": "=CPL(600;30)", "A2": "=ROI(3000;2000)",
                    "A3": "=INDEX(FUNNELSTEPS({2000|400|100});2;1)", "A4": "=CPL(1;0)"}
        for address, formula in formulas.items():
            self.put(address, formula)
        self.document.calculateAll()
        expected = {"A1": 20, "A2": 0.5, "A3": 0.25}  # 600/30, (3000-2000)/2000, 100/400
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "roundtrip.ods")
            save_as(self.document, path)
            reopened = calc_case.office().open(path)
            try:
                sheet = reopened.Sheets.getByIndex(0)
                for address, formula in formulas.items():
                    cell = sheet.getCellRangeByName(address)
                    self.assertIn(formula[1:formula.index("(")], cell.getFormula())
                reopened.calculateAll()
                for address, value in expected.items():
                    self.assertAlmostEqual(sheet.getCellRangeByName(address).getValue(), value,
                                           places=12)
                self.assertEqual(sheet.getCellRangeByName("A4").getError(), DIV0)
            finally:
                reopened.close(True)


if __name__ == "__main__":
    unittest.main()
