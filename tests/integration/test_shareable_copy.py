"""A shareable copy for people without Goalpost (issue 16), in real headless Calc.

The command vnd.org.goalpost:ShareableCopy is dispatched on each workbook's frame, as the menu does,
for an .xlsx and an .ods copy. Then the extension is removed, the copies are opened in Calc
and recalculated, and every Goalpost cell of the original is compared with the same cell of the
copy. The original values are Goalpost's own, which the other tests check by hand; the claim
here is that the copy computes the same without Goalpost, and stays live: every number typed in
the original and in the copy is changed in the same way, both are recalculated, and they agree
again. A cell with no formula for Excel is frozen: its value stays, with a comment.

The workbooks: a sheet of cases written for this test (every shared function, with ranges,
inline arrays, omitted optional arguments and the error cases), the quickstart and every
template the package ships."""
import math
import os
import re
import shutil
import tempfile
import unittest
import zipfile

from goalpost_office import calc_case
from goalpost_office.office import REPO, Office, cells_with, properties, save_as, set_cell

SAMPLES = os.path.join(REPO, "samples")
WORKBOOKS = ["quickstart", "budget-planner", "objective-audit", "campaign-tracker"]
FORMULA, VALUE = 16, 1  # com.sun.star.sheet.CellFlags
PREFIX = "ORG.GOALPOST.CALC.FUNCTIONS."
DATA = os.path.join(REPO, "tests", "data")
# Every cell: its inputs in A (numbers, a range of three in A10:A12) and B, a case in each row of D.
NAMED_CELL = "F1"
INPUTS = {"A1": 600, "A2": 30, "A3": 0, "A4": -5, "A5": 0.4, "A6": 1500, "A7": 12, "A8": 90,
          "A9": 28, "A10": 100, "A11": 250, "A12": 50, "B1": "a header", "B2": 2000}
CASES = [
    # the metrics, with cells, ranges, inline arrays and the errors: zero, negative, above one
    "CPL(A1;A2)", "CPL(A10:A12;A2)", "CPL({100;200;300};A2)", "CPL(A1;A3)", "CPL(A4;A2)",
    "CPL(A1;B1:B2)", "CPA(A6;A7)", "CAC(A1;A7)", "CAC(A1;A7;A6)", "CAC(A1;A7;)", "CAC(A1;A3)",
    "ROAS(A6;A1)", "ROI(A6;A1)", "ROI(A6;A1;A5)", "ROI(A6;A1;2)", "ROI(A6;A3;A5)",
    "CONVRATE(A2;A6)", "CONVRATE(A6;A2)", "CONVRATE(A2;A3)",
    # KPIs
    "MER(A6;A1)", "LTV(A1;A5;0.05)", "LTV(A1;A5;A3)", "LTV(A1;1.5;0.05)", "LTVCAC(A6;A1)",
    "BREAKEVENROAS(A5)", "BREAKEVENROAS(A3)", "PAYBACK(A6;A1;A5)", "LVR(A6;A1)", "LVR(A1;A3)",
    "WINRATE(A7;A2)", "WINRATE(A7;A2;A9)", "WINRATE(A3;A3)", "PIPECOVER(A6;A1)",
    "SALESVELOCITY(A2;A1;A5;A8)", "SALESVELOCITY(A2;A1;A5;A3)", "CTR(A2;A6)", "CTR(A6;A2)",
    "CPC(A1;A2)", "CPM(A1;A6)", "ENGRATE(A2;A6)", "GROWTHREQ(A1;A6;A7)", "GROWTHREQ(A3;A6;A7)",
    "GROWTHREQ(A1;A3;A7)", "GROWTHREQ(A1;A6;A3)", "BUDGETGAP(A6;A1)", "BUDGETGAP(A1;A3)",
    # planning
    "RUNRATE(A2;A9;A8)", "RUNRATE(A2;A3;A8)", "RUNRATE(A2;A9;A3)", "PACE(A2;A1;A9;A8)",
    "PACE(A2;A3;A9;A8)",
    # statistics: intervals at the edges (no conversion, all converted), tests and sample sizes
    "CONVLOW(A2;A6)", "CONVLOW(A2;A6;0.99)", "CONVLOW(A3;A6)", "CONVLOW(A6;A6)", "CONVLOW(A6;A2)",
    "CONVHIGH(A2;A6)", "CONVHIGH(A6;A6)", "CONVHIGH(A2;A3)", "CONVHIGH(A2;A6;1)",
    "CONVPVALUE(A2;A6;45;A6)", "CONVPVALUE(A3;A6;A3;A6)", "CONVPVALUE(1;A6;A7;A6)",
    "CONVPVALUE(A2;A3;1;A6)", "SAMPLESIZE(0.03;0.2)", "SAMPLESIZE(0.03;0.2;0.01;0.9)",
    "SAMPLESIZE(0.03;-0.2)", "SAMPLESIZE(0.9;0.2)", "SAMPLESIZE(A5;0.1;;0.95)",
    "COUNTLOW(A7)", "COUNTLOW(A3)", "COUNTLOW(A10:A12;0.9)", "COUNTHIGH(A7;0.9)", "COUNTHIGH(A3)",
    "COUNTHIGH(2.5)", "COUNTLOW(A7;1)",
    # experiments and pacing: the design arguments, decreases, retention, the last lead date
    "SAMPLESIZE(0.03;0.2;;;3)", "SAMPLESIZE(0.03;-0.2;0.05;0.8;4;1)", "SAMPLESIZE(0.03;0.2;;;1)",
    "SAMPLESIZE(0.03;0.2;;;2;3)", "TESTDAYS(0.03;0.2;A6)", "TESTDAYS(0.03;0.2;A6;3;0.01;0.9)",
    "TESTDAYS(0.03;0.2;A3)", "NRR(A6;A1;A2;A7)", "NRR(A1;A3;A6;A2)", "GRR(A6;A2;A7)",
    "GRR(A3;A3;A3)", "LASTLEADDATE(46387;A8)", "LASTLEADDATE(46387;A4)",
    "PROBBEATS(A2;A6;45;A6)", "SRMPVALUE({500;520})", "PACINGSTATUS(A6;A1;A9;A8)",
    # a Goalpost call inside other formulas and inside another call
    "ROUND(CPL(A1;A2);1)*2", "CPL(CPL(A6;A2);A7)",
    # frozen: judgements of words
    "SMARTSCORE(\"Generate 30 leads per month from Google Ads by 31 December 2027\")",
    "OBJECTIVEFIELD(\"Get more leads\";\"target\")",
    # the name in a text only: no call, left as it is
    "IF(B1=\"ORG.GOALPOST.CALC.FUNCTIONS.CPL\";1;0)",
]
# a frozen cell with the user's own comment, which the copy keeps after Goalpost's
USER_COMMENT = ("D%d" % (CASES.index("SMARTSCORE(\"Generate 30 leads per month from Google Ads by "
                                     "31 December 2027\")") + 1), "Checked with the client")


def goalpost(formula):
    return PREFIX in formula.upper()


def goalpost_cells(document):
    """Every cell with a Goalpost formula: its name -> (formula, error, value, string)."""
    return {cell.AbsoluteName: (cell.getFormula(), cell.getError(), cell.getValue(),
                                cell.getString())
            for cell in cells_with(document, FORMULA) if goalpost(cell.getFormula())}


def values(document, names):
    """(error, value, string) of the cells `names`."""
    cells = {name: cell_of(document, name) for name in names}
    return {name: (cell.getError(), cell.getValue(), cell.getString())
            for name, cell in cells.items()}


def comments(document):
    """The cells that carry a comment: name -> its text."""
    found = {}
    for sheet in document.Sheets:
        for annotation in sheet.Annotations:
            cell = sheet.getCellByPosition(annotation.Position.Column, annotation.Position.Row)
            # through its shape: LibreOffice 25.2 creates the text of a comment read from .xlsx
            # only with its shape, and until then gives an empty string
            found[cell.AbsoluteName] = annotation.getAnnotationShape().getString()
    return found


def cell_of(document, name):
    sheet_name, cell_name = name.lstrip("$").split(".", 1)
    return document.Sheets.getByName(sheet_name.strip("'")).getCellRangeByName(
        cell_name.replace("$", ""))


def depends_on_frozen(document, names, frozen_comments):
    """The cells among `names` that read a frozen cell, directly or through others: a frozen
    value does not follow its inputs, so neither can they."""
    frozen = set()
    for name in frozen_comments:
        address = cell_of(document, name).CellAddress
        frozen.add((address.Sheet, address.Column, address.Row))
    found = set()
    for name in names:
        if name in frozen_comments:
            continue
        precedents = cell_of(document, name).queryPrecedents(True)
        for area in precedents.RangeAddresses:
            if any(sheet == area.Sheet and area.StartColumn <= column <= area.EndColumn and
                   area.StartRow <= row <= area.EndRow for sheet, column, row in frozen):
                found.add(name)
                break
    return found


def change_every_number(document):
    """Every number typed in the workbook times 1.1, so that each Goalpost input changes."""
    for cell in list(cells_with(document, VALUE)):
        cell.setValue(cell.getValue() * 1.1)
    document.calculateAll()


def excel_functions(name="excel_functions.txt"):
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        return {line.strip() for line in file if line.strip() and not line.startswith("#")}


class ShareableCopy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = office = Office().start()
        cls.work = tempfile.mkdtemp(prefix="goalpost-share-")
        cls.books = {}
        try:
            cls.make_cases_workbook()
            for name in ["cases"] + WORKBOOKS:
                cls.books[name] = cls.share(name)
            office.stop()
            office.remove_extension()
            office.start()
            for name, book in cls.books.items():
                for kind in ("xlsx", "ods"):
                    document = office.open(book[kind])
                    try:
                        document.calculateAll()
                        book[kind + " opened"] = values(document, book["original"])
                        book[kind + " formulas"] = {n: cell_of(document, n).getFormula()
                                                    for n in book["original"]}
                        book[kind + " comments"] = comments(document)
                        book[kind + " named"] = cell_of(document, "$Sheet1.$" + NAMED_CELL).getValue() \
                            if name == "cases" else None
                        book[kind + " on frozen"] = depends_on_frozen(
                            document, book["original"], book[kind + " comments"])
                        change_every_number(document)
                        book[kind + " changed"] = values(document, book["original"])
                    finally:
                        document.close(True)
        except Exception:
            office.close()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.office.close()
        shutil.rmtree(cls.work, ignore_errors=True)

    @classmethod
    def make_cases_workbook(cls):
        document = cls.office.new_sheet_document()
        sheet = document.Sheets.getByIndex(0)
        for address, value in INPUTS.items():
            set_cell(sheet.getCellRangeByName(address), value)
        for row, case in enumerate(CASES, start=1):
            sheet.getCellRangeByName("D%d" % row).setFormula("=" + case)
        # a named expression that calls Goalpost, read by a cell that names no Goalpost function
        document.NamedRanges.addNewByName(
            "LEAD_COST", PREFIX + "CPL($Sheet1.$A$1;$Sheet1.$A$2)", sheet.getCellByPosition(0, 0).CellAddress, 0)
        sheet.getCellRangeByName(NAMED_CELL).setFormula("=LEAD_COST*2")
        sheet.Annotations.insertNew(sheet.getCellRangeByName(USER_COMMENT[0]).CellAddress,
                                    USER_COMMENT[1])
        save_as(document, os.path.join(cls.work, "cases.ods"))
        document.close(True)

    @classmethod
    def share(cls, name):
        """Opens the workbook as a user would, dispatches the command for both formats, and
        records what the original was before, during and after."""
        source = os.path.join(cls.work, "cases.ods") if name == "cases" else os.path.join(
            SAMPLES, name + ".ods")
        path = os.path.join(cls.work, name + "-original.ods")
        shutil.copyfile(source, path)
        document = cls.office.open(path)
        book = {}
        try:
            document.calculateAll()
            document.setModified(False)
            book["original"] = goalpost_cells(document)
            book["original file"] = open(path, "rb").read()
            frame = document.getCurrentController().getFrame()
            helper = cls.office.create("com.sun.star.frame.DispatchHelper")
            for kind in ("xlsx", "ods"):
                book[kind] = os.path.join(cls.work, "%s-shared.%s" % (name, kind))
                event = helper.executeDispatch(
                    frame, "vnd.org.goalpost:ShareableCopy", "", 0,
                    properties(URL="file://" + book[kind]))
                book[kind + " event"] = event
            book["modified after"] = document.isModified()
            book["location after"] = document.getLocation()
            book["after"] = goalpost_cells(document)
            change_every_number(document)
            book["changed"] = values(document, book["original"])
        finally:
            document.close(True)
        book["original file after"] = open(path, "rb").read()
        book["path"] = path
        return book

    def frozen_cells(self, book, kind):
        return {n for n, text in book[kind + " comments"].items() if text.startswith("Goalpost:")}

    def test_the_command_reports_what_it_shared_and_froze(self):
        for name, book in self.books.items():
            for kind in ("xlsx", "ods"):
                with self.subTest(workbook=name, kind=kind):
                    event = book[kind + " event"]
                    self.assertEqual(event.State, 1)  # DispatchResultState.SUCCESS
                    report = {value.Name: value.Value for value in event.Result}
                    frozen = self.frozen_cells(book, kind)
                    self.assertEqual(report["Frozen"], len(frozen))
                    calls = [c for c, (formula, _, _, _) in book["original"].items()
                             if re.search(r"ORG\.GOALPOST\.CALC\.FUNCTIONS\.\w+\(", formula.upper())]
                    self.assertEqual(report["Shared"] + report["Frozen"], len(calls))

    def test_every_case_with_a_form_is_shared_not_frozen(self):
        # The copy checks each rewritten cell against the original and freezes it when they
        # differ: here no form may have needed that, so only the functions without a form are
        # frozen.
        without_form = {f["name"] for f in calc_case.catalogue() if not f["shared_as"]}
        book = self.books["cases"]
        for kind in ("xlsx", "ods"):
            for cell, (formula, _, _, _) in book["original"].items():
                called = set(re.findall(r"ORG\.GOALPOST\.CALC\.FUNCTIONS\.(\w+)\(", formula.upper()))
                with self.subTest(kind=kind, cell=cell, formula=formula):
                    self.assertEqual(cell in self.frozen_cells(book, kind), bool(called & without_form))

    def test_a_frozen_cell_keeps_the_users_comment(self):
        for kind in ("xlsx", "ods"):
            with self.subTest(kind=kind):
                text = self.books["cases"][kind + " comments"]["$Sheet1.$D$" + USER_COMMENT[0][1:]]
                self.assertTrue(text.startswith("Goalpost: a frozen value"), text)
                self.assertTrue(text.endswith(USER_COMMENT[1]), text)

    def test_a_named_expression_is_shared_too(self):
        # LEAD_COST = CPL(A1;A2) = 600 / 30 = 20; the cell doubles it
        for kind in ("xlsx", "ods"):
            with self.subTest(kind=kind):
                self.assertEqual(self.books["cases"][kind + " named"], 40)
        with zipfile.ZipFile(self.books["cases"]["xlsx"]) as package:
            workbook = package.read("xl/workbook.xml").decode("utf-8")
        self.assertIn("LEAD_COST", workbook)
        self.assertNotIn("ORG.GOALPOST", workbook.upper())

    def test_the_original_is_never_modified(self):
        for name, book in self.books.items():
            with self.subTest(workbook=name):
                self.assertFalse(book["modified after"])
                self.assertTrue(book["location after"].endswith(name + "-original.ods"))
                self.assertEqual(book["after"], book["original"])
                self.assertEqual(book["original file after"], book["original file"])

    def test_without_goalpost_every_cell_gives_the_original_value(self):
        for name, book in self.books.items():
            for kind in ("xlsx", "ods"):
                for cell, (formula, error, value, string) in book["original"].items():
                    with self.subTest(workbook=name, kind=kind, cell=cell, formula=formula):
                        shown = book[kind + " opened"][cell]
                        self.assertEqual(shown[0], error, shown[2])
                        if error == 0:
                            self.assertTrue(math.isclose(shown[1], value, rel_tol=1e-9,
                                                         abs_tol=1e-12), (shown[1], value))
                        if error == 0 and value == 0 and not re.search(r"\d", string):
                            self.assertEqual(shown[2], string)  # a text result

    def test_shared_cells_stay_live(self):
        for name, book in self.books.items():
            for kind in ("xlsx", "ods"):
                frozen = self.frozen_cells(book, kind)
                live = [c for c in book["changed"] if c not in frozen and
                        c not in book[kind + " on frozen"]]
                if name in ("cases", "quickstart", "campaign-tracker"):
                    self.assertGreater(len(live), 10, name)
                for cell in live:
                    expected = book["changed"][cell]
                    with self.subTest(workbook=name, kind=kind, cell=cell):
                        shown = book[kind + " changed"][cell]
                        self.assertEqual(shown[0], expected[0], shown[2])
                        if expected[0] == 0:
                            self.assertTrue(math.isclose(shown[1], expected[1], rel_tol=1e-9,
                                                         abs_tol=1e-12), (shown[1], expected[1]))

    def test_no_goalpost_name_is_left_and_frozen_cells_hold_no_formula(self):
        for name, book in self.books.items():
            for kind in ("xlsx", "ods"):
                frozen = self.frozen_cells(book, kind)
                for cell, formula in book[kind + " formulas"].items():
                    with self.subTest(workbook=name, kind=kind, cell=cell):
                        self.assertIsNone(re.search(r"org\.goalpost\.calc\.functions\.\w+\(",
                                                    formula.lower()), formula)
                        if cell in frozen and formula.startswith("="):
                            # a value, or a formula that only makes the original error or
                            # empty text; a frozen TRUE or FALSE (SMARTMET) comes back from
                            # .xlsx as =TRUE()
                            self.assertIn(formula, ("=1/0", "=NA()", "=SQRT(-1)", '="x"*1',
                                                    "=1E+308*10", '=""', "=TRUE()", "=FALSE()"))

    def test_the_xlsx_names_only_excel_functions(self):
        known = excel_functions()
        self.assertIn("NORM.S.INV", known)
        for name, book in self.books.items():
            with zipfile.ZipFile(book["xlsx"]) as package:
                sheets = [package.read(n).decode("utf-8") for n in package.namelist()
                          if n.startswith("xl/worksheets/sheet")]
            formulas = [f for sheet in sheets for f in re.findall(r"<f[^>]*>([^<]*)</f>", sheet)]
            with self.subTest(workbook=name):
                self.assertTrue(formulas)
                text = " ".join(formulas)
                # outside quoted text (the cases sheet has the name in a text)
                unquoted = re.sub(r"&quot;.*?&quot;", "", text)
                self.assertNotIn("ORG.GOALPOST", unquoted.upper())
                self.assertNotIn("_xll.", text)
                # names before "(", with Excel's _xlfn. prefix taken off
                called = {c.upper() for c in re.findall(r"([A-Za-z_][A-Za-z0-9_.]*)\(", unquoted)}
                self.assertEqual({c.replace("_XLFN.", "") for c in called} - known, set())
                # Excel reads a function newer than 2007 only under its _xlfn. prefix
                newer = excel_functions("excel_functions_xlfn.txt")
                self.assertEqual({c for c in called if c in newer}, set())
                self.assertEqual({c[len("_XLFN."):] for c in called if c.startswith("_XLFN.")}
                                 - newer, set())


if __name__ == "__main__":
    unittest.main()
