"""The sample workbooks in samples/ recalculate cleanly in real Calc with the right numbers."""
import os
import unittest

import calc_case
from office import REPO

SAMPLES = os.path.join(REPO, "samples")


def tearDownModule():
    calc_case.shutdown()


def formula_cells(document):
    for sheet in document.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        for row in range(end.EndRow + 1):
            for column in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(column, row)
                if cell.getFormula().startswith(("=", "{")):
                    yield sheet.Name, cell


class Quickstart(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = calc_case.office().open(os.path.join(SAMPLES, "quickstart.ods"))
        cls.document.calculateAll()
        cls.sheet = cls.document.Sheets.getByName("Campaign")

    @classmethod
    def tearDownClass(cls):
        cls.document.close(True)

    def test_no_formula_cell_holds_an_error(self):
        cells = list(formula_cells(self.document))
        self.assertGreater(len(cells), 30)
        for sheet, cell in cells:
            with self.subTest(cell="%s.%s" % (sheet, cell.AbsoluteName)):
                self.assertEqual(cell.getError(), 0, cell.getString())

    def test_key_cells(self):
        expected = {
            "F2": 25,                        # CPL: 3000 / 120
            "H2": 350,                       # CAC: (3000 + 1200) / 12
            "J2": 1.4,                       # ROI: (18000*0.4 - 3000) / 3000
            "K3": 0.1,                       # CONVRATE: 4 / 40
            "F5": 30,                        # CPL total: 6000 / 200
            "H5": 400,                       # CAC total: (6000 + 2000) / 20
            "I5": 34000 / 6000,              # ROAS total
            "J5": (34000 * 0.4 - 6000) / 6000,  # ROI total
            "C10": 0.02,                     # step: 480 / 24000
            "C13": 0.3,                      # step: 18 / 60
            "B15": 0.00075,                  # visits to customers: 18 / 24000
            "B16": 0.0375,                   # leads to customers: 18 / 480
        }
        for address, value in expected.items():
            with self.subTest(cell=address):
                self.assertAlmostEqual(self.sheet.getCellRangeByName(address).getValue(), value,
                                       places=12)

    def test_every_catalogue_function_is_used(self):
        text = " ".join(cell.getFormula() for _, cell in formula_cells(self.document))
        for function in calc_case.catalogue():
            self.assertIn("FUNCTIONS.%s(" % function["name"], text)


if __name__ == "__main__":
    unittest.main()
