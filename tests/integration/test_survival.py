"""Documents that survive (issue 6 item 6, issue 8 item 6), measured in real Calc: a workbook with
Goalpost formulas saved as .ods and .xlsx, opened without the extension (unopkg remove) and with
it again (unopkg add); repeated install and remove cycles. Findings: docs/documents.md.

The workbook is samples/quickstart.ods, which uses every function of the catalogue."""
import math
import os
import re
import unittest
import zipfile

from goalpost_office import calc_case
from goalpost_office.office import REPO, Office, cells_with, save_as

QUICKSTART = os.path.join(REPO, "samples", "quickstart.ods")
XLSX_FILTER = "Calc MS Excel 2007 XML"
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
NAME = 525    # #NAME?
PREFIX = "ORG.GOALPOST.CALC.FUNCTIONS."
# Without the extension Calc shows the unknown name as it was read, in lower case.
LOWER_NAME = re.compile(r"org\.goalpost\.calc\.functions\.\w+")


def snapshot(document):
    """Every formula cell: (formula, error, value, string), keyed by its absolute name."""
    return {cell.AbsoluteName: (cell.getFormula(), cell.getError(), cell.getValue(),
                                cell.getString()) for cell in cells_with(document, FORMULA)}


def open_snapshots(office, path):
    """As the file is shown on opening, and after a hard recalculation (Ctrl+Shift+F9)."""
    document = office.open(path)
    try:
        loaded = snapshot(document)
        document.calculateAll()
        return loaded, snapshot(document), document
    except Exception:
        document.close(True)
        raise


def goalpost(formula):
    return PREFIX in formula.upper()


def installed(office):
    listing = office.unopkg("list").stdout
    return listing.count("Identifier: org.goalpost.calc")


class Survival(unittest.TestCase):
    """One throwaway profile through the whole story: save with the extension, remove it, open,
    save again, add it back, open. Each step is recorded in setUpClass and judged by a test."""

    @classmethod
    def setUpClass(cls):
        cls.office = office = Office().start()
        work = office.workdir
        cls.ods = os.path.join(work, "saved.ods")
        cls.xlsx = os.path.join(work, "saved.xlsx")
        cls.ods_saved_without = os.path.join(work, "saved-without-goalpost.ods")
        try:
            cls.version = office.version()  # what it writes into .xlsx depends on it
            # 1. With the extension: recalculate the sample, save it as .ods and .xlsx.
            _, cls.original, document = open_snapshots(office, QUICKSTART)
            save_as(document, cls.ods)
            save_as(document, cls.xlsx, XLSX_FILTER)
            document.close(True)
            _, cls.ods_round_trip, document = open_snapshots(office, cls.ods)
            document.close(True)
            cls.xlsx_loaded, cls.xlsx_recalculated, document = open_snapshots(office, cls.xlsx)
            # An input changed in the reopened .xlsx: Campaign.B2 spend 3000 -> 6000.
            sheet = document.Sheets.getByName("Campaign")
            sheet.getCellRangeByName("B2").setValue(6000)
            document.calculateAll()
            cls.xlsx_cpl_after_edit = sheet.getCellRangeByName("F2").getValue()
            document.close(True)
            # 2. Without the extension.
            office.stop()
            office.remove_extension()
            cls.listed_after_remove = installed(office)
            office.start()
            cls.ods_without_loaded, cls.ods_without, document = open_snapshots(office, cls.ods)
            save_as(document, cls.ods_saved_without)
            document.close(True)
            cls.xlsx_without_loaded, cls.xlsx_without, document = open_snapshots(office,
                                                                                 cls.xlsx)
            document.close(True)
            # 3. The extension back.
            office.stop()
            office.add_extension()
            cls.listed_after_add = installed(office)
            office.start()
            _, cls.ods_back, document = open_snapshots(office, cls.ods)
            document.close(True)
            _, cls.ods_saved_without_back, document = open_snapshots(office,
                                                                     cls.ods_saved_without)
            document.close(True)
        except Exception:
            office.close()
            raise

    @classmethod
    def tearDownClass(cls):
        alive = cls.office.alive()
        cls.office.close()
        if not alive:
            raise AssertionError("soffice died during the tests")

    def goalpost_cells(self):
        cells = {name: cell for name, cell in self.original.items() if goalpost(cell[0])}
        self.assertGreater(len(cells), 90)
        return cells

    def assertSameResults(self, expected, actual):
        self.assertEqual(set(actual), set(expected))
        for name, (formula, error, value, string) in expected.items():
            with self.subTest(cell=name):
                self.assertEqual(actual[name][0], formula)
                self.assertEqual(actual[name][1], error, actual[name][3])
                if error == 0:
                    self.assertTrue(math.isclose(actual[name][2], value, rel_tol=1e-12,
                                                 abs_tol=1e-12), (actual[name][2], value))
                    self.assertEqual(actual[name][3], string)

    # --- .ods ---------------------------------------------------------------------------------

    def test_the_sample_is_clean_to_start_with(self):
        for name, (formula, error, _, string) in self.goalpost_cells().items():
            with self.subTest(cell=name):
                self.assertIn(error, (0, calc_case.NA), string)

    def test_ods_round_trip_keeps_formulas_and_values(self):
        self.assertSameResults(self.original, self.ods_round_trip)

    def test_ods_stores_the_programmatic_name(self):
        with zipfile.ZipFile(self.ods) as package:
            content = package.read("content.xml").decode("utf-8")
        stored = re.findall(r'table:formula="of:=([^"]*)"', content)
        names = set(re.findall(r"ORG\.GOALPOST\.CALC\.FUNCTIONS\.(\w+)\(", " ".join(stored)))
        self.assertEqual(names, {f["name"] for f in calc_case.catalogue()})

    def test_unopkg_removes_and_adds(self):
        self.assertEqual(self.listed_after_remove, 0)
        self.assertEqual(self.listed_after_add, 1)

    def test_without_the_extension_every_formula_is_kept(self):
        self.assertEqual(set(self.ods_without), set(self.original))
        for name, (formula, _, _, _) in self.original.items():
            with self.subTest(cell=name):
                shown = self.ods_without[name][0]
                # the same text, the function name shown in lower case
                self.assertEqual(LOWER_NAME.sub(lambda m: m.group(0).upper(), shown), formula)
                self.assertEqual(goalpost(shown), goalpost(formula))

    def test_without_the_extension_goalpost_cells_show_name_error(self):
        # After a recalculation every Goalpost cell is #NAME?, never a stale or wrong number.
        for name in self.goalpost_cells():
            with self.subTest(cell=name):
                self.assertEqual(self.ods_without[name][1], NAME, self.ods_without[name][3])

    def test_without_the_extension_on_opening_cells_show_saved_value_or_name_error(self):
        # Measured: on opening, Calc recalculates some Goalpost cells (#NAME? at once) and
        # shows the saved result of the others until the next recalculation. Either way no cell
        # shows a number that was not in the saved file.
        counts = {"saved": 0, "name": 0}
        for name, (_, error, value, string) in self.goalpost_cells().items():
            with self.subTest(cell=name):
                shown = self.ods_without_loaded[name]
                if shown[1] == NAME:
                    counts["name"] += 1
                else:
                    self.assertEqual((shown[1], shown[3]), (error, string))
                    counts["saved"] += 1
        self.assertGreater(counts["name"], 0)
        # array formulas are among the cells recalculated at once
        self.assertEqual(self.ods_without_loaded["$Plan.$C$7"][1], NAME)

    def test_values_are_back_with_the_extension(self):
        self.assertSameResults(self.original, self.ods_back)

    def test_a_file_saved_without_the_extension_loses_nothing(self):
        # Saved while the functions were unknown, it stores their names (in lower case) and
        # computes again once the extension is back.
        with zipfile.ZipFile(self.ods_saved_without) as package:
            content = package.read("content.xml").decode("utf-8")
        self.assertIn("of:=org.goalpost.calc.functions.cpl(", content)
        self.assertSameResults(self.original, self.ods_saved_without_back)

    # --- .xlsx --------------------------------------------------------------------------------

    def xlsx_formulas(self):
        with zipfile.ZipFile(self.xlsx) as package:
            sheets = [package.read(name).decode("utf-8") for name in package.namelist()
                      if name.startswith("xl/worksheets/sheet")]
        # (formula, its <v> element or "" when there is none)
        return [(f, v) for sheet in sheets
                for f, v in re.findall(r"<f[^>]*>([^<]*)</f>(<v>[^<]*</v>)?", sheet)]

    def xlsx_name(self, name):
        """The name LibreOffice writes into an .xlsx for the catalogue function `name`.

        7.4 writes the programmatic name; 25.2 writes the compatibility name of CalcAddIns.xcu.
        Neither is an Excel function (#NAME? when Excel recalculates), and neither has an _xll.
        prefix."""
        return PREFIX + name if self.version < (25, 2) else name

    def test_xlsx_writes_the_internal_name_and_cached_values(self):
        # The last computed result is stored beside each formula.
        formulas = self.xlsx_formulas()
        catalogue = {f["name"] for f in calc_case.catalogue()}
        call = re.compile(r"(?<![.\w])(%s)\(" % "|".join(
            re.escape(self.xlsx_name(name)) for name in catalogue))
        written = [f for f, _ in formulas if call.search(f)]
        names = set(re.findall(r"(?<![.\w])%s(\w+)\(" % re.escape(self.xlsx_name("")),
                               " ".join(written)))
        self.assertEqual(names & catalogue, catalogue)
        self.assertIn(self.xlsx_name("CPL") + "(B2,C2)", written)
        if self.xlsx_name("CPL") != "CPL":
            for function in catalogue:  # 7.4: never the bare name
                bare = re.compile(r"(?<![.\w])%s\(" % function)
                self.assertFalse([f for f in written if bare.search(f)], function)
        else:  # 25.2: never the programmatic name
            self.assertFalse([f for f, _ in formulas if PREFIX in f])
        self.assertFalse([f for f, _ in formulas if "_xll." in f])
        self.assertTrue(all(v for f, v in formulas if f in written), "a cached value per formula")
        cached = dict(formulas)
        self.assertEqual(cached[self.xlsx_name("CPL") + "(B2,C2)"], "<v>25</v>")  # 3000/120
        # an error result is stored as the error, an empty text as an empty value
        self.assertEqual(cached[self.xlsx_name("OBJECTIVEFIELD") + '(A3,&quot;target&quot;)'],
                         "<v>#N/A</v>")
        self.assertEqual(cached[self.xlsx_name("SMARTGAPS") + "(A2)"], "<v></v>")

    def test_calc_reopens_its_xlsx_with_the_values(self):
        # The formulas come back as Goalpost formulas and recalculate to the same results.
        self.assertSameResults(self.original, self.xlsx_recalculated)
        # and they are live: spend 6000 / 120 leads
        self.assertEqual(self.xlsx_cpl_after_edit, 50)

    def test_xlsx_opens_with_its_saved_values(self):
        # Measured: Calc does not recalculate an .xlsx on opening (its default for Excel files),
        # it shows the saved results; so the cells hold the values before any recalculation.
        for name, (_, error, value, string) in self.goalpost_cells().items():
            with self.subTest(cell=name):
                if error == 0:
                    self.assertTrue(math.isclose(self.xlsx_loaded[name][2], value,
                                                 rel_tol=1e-12, abs_tol=1e-12))

    def test_xlsx_without_the_extension(self):
        # Measured: opened without the extension, the saved results of plain formulas show until
        # a recalculation, array formulas are #NAME? at once; after it every Goalpost cell is
        # #NAME? and every formula's text is kept.
        self.assertEqual(self.xlsx_without_loaded["$Campaign.$F$2"][3], "$25.00")
        self.assertEqual(self.xlsx_without_loaded["$Campaign.$C$10"][1], NAME)
        for name, (formula, _, _, _) in self.goalpost_cells().items():
            with self.subTest(cell=name):
                shown = self.xlsx_without[name]
                self.assertEqual(shown[1], NAME, shown[3])
                # the name as the .xlsx stored it, in lower case
                expected = re.sub(re.escape(PREFIX) + r"(\w+)",
                                  lambda m: self.xlsx_name(m.group(1)).lower(), formula)
                self.assertEqual(shown[0], expected)


class InstallRemoveCycles(unittest.TestCase):
    """unopkg add and remove, three times, with Calc used in between: a working extension."""

    CYCLES = 3

    def cpl(self, office):
        document = office.new_sheet_document()
        try:
            cell = document.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula("=CPL(600;30)")
            document.calculateAll()
            return cell.getError(), cell.getValue(), cell.getFormula()
        finally:
            document.close(True)

    def test_cycles(self):
        office = Office(install=False)
        try:
            os.makedirs(office.profile)
            for cycle in range(self.CYCLES):
                with self.subTest(cycle=cycle):
                    office.add_extension()
                    self.assertEqual(installed(office), 1)
                    office.start()
                    self.assertEqual(self.cpl(office)[:2], (0, 20.0))
                    office.stop()
                    office.remove_extension()
                    self.assertEqual(installed(office), 0)
            # Really gone: Calc does not know the function.
            office.start()
            error, _, formula = self.cpl(office)
            self.assertEqual(error, NAME)
            self.assertEqual(formula, "=cpl(600;30)")  # kept as typed, in lower case
            office.stop()
            # And back once more, working.
            office.add_extension()
            self.assertEqual(installed(office), 1)
            office.start()
            error, value, formula = self.cpl(office)
            self.assertEqual((error, value), (0, 20.0))
            self.assertEqual(formula, "=ORG.GOALPOST.CALC.FUNCTIONS.CPL(600;30)")
            self.assertTrue(office.alive())
        finally:
            office.close()


if __name__ == "__main__":
    unittest.main()
