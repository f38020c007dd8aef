"""Shared fixture for integration tests: one soffice per test module, one sheet per test class."""
import json
import os
import unittest

from goalpost_office.office import REPO, Office, set_cell

GENERATED_DIR = os.environ.get("GOALPOST_GENERATED_DIR", os.path.join(REPO, "build", "generated"))

# Calc's error numbers, as cell.getError() reports them.
DIV0 = 532
ERR502 = 502
ERR504 = 504
VALUE = 519
NUM = 503
NA = 32767

_office = None


def office():
    global _office
    if _office is None:
        _office = Office().start()
    return _office


def shutdown():
    global _office
    if _office is not None:
        alive = _office.alive()
        _office.close()
        _office = None
        if not alive:
            raise AssertionError("soffice died during the tests")


def catalogue():
    with open(os.path.join(GENERATED_DIR, "catalogue.json"), encoding="utf-8") as file:
        return json.load(file)["functions"]


class CalcTestCase(unittest.TestCase):
    """Formulas are set in the API grammar: English names, ';' between arguments, and in inline
    arrays ';' between columns and '|' between rows."""

    @classmethod
    def setUpClass(cls):
        cls.document = office().new_sheet_document()
        cls.sheet = cls.document.Sheets.getByIndex(0)

    @classmethod
    def tearDownClass(cls):
        cls.document.close(True)

    def put(self, address, value):
        set_cell(self.sheet.getCellRangeByName(address), value)

    def evaluate(self, formula, address="Z1"):
        cell = self.sheet.getCellRangeByName(address)
        cell.setFormula(formula)
        self.document.calculateAll()
        return cell

    def assertValue(self, formula, expected, places=12):
        cell = self.evaluate(formula)
        self.assertEqual(cell.getError(), 0, "%s gave %s" % (formula, cell.getString()))
        self.assertAlmostEqual(cell.getValue(), expected, places=places, msg=formula)

    def assertCellError(self, formula, error):
        cell = self.evaluate(formula)
        self.assertEqual(cell.getError(), error,
                         "%s gave %r, not error %d" % (formula, cell.getString(), error))
