"""Opens a workbook in headless Calc with Goalpost installed into a throwaway profile,
recalculates it and prints every sheet as a table, then each Goalpost formula with its result.

    /usr/bin/python3 scripts/show_workbook.py [workbook.ods]
"""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "python"))

from goalpost_office.office import Office  # noqa: E402


def shortened(text, longest=100):
    """Long texts (SMARTGAPS, PLANAUDIT) cut for the terminal; the sheet keeps them whole."""
    return text if len(text) <= longest else text[:longest - 3] + "..."


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    address = cursor.getRangeAddress()
    return address.EndRow + 1, address.EndColumn + 1


def print_table(rows):
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("  ".join(text.rjust(width) if index and text[:1].isdigit() or text[:1] in "$-"
                        else text.ljust(width) for text, width in zip(row, widths)).rstrip())


def show(path):
    with Office() as office:
        document = office.open(path)
        document.calculateAll()
        formulas = []
        for sheet in document.Sheets:
            row_count, column_count = used_area(sheet)
            rows = []
            for r in range(row_count):
                row = []
                for c in range(column_count):
                    cell = sheet.getCellByPosition(c, r)
                    row.append(cell.getString().replace("\n", " / "))
                    formula = cell.getFormula()
                    if "GOALPOST" in formula:
                        formulas.append((sheet.Name, cell.AbsoluteName.split(".")[-1],
                                         formula.replace("ORG.GOALPOST.CALC.FUNCTIONS.", ""),
                                         shortened(cell.getString().replace("\n", " / "))))
                rows.append(row)
            print("\n== %s: sheet %s, recalculated in headless Calc ==\n" % (
                os.path.basename(path), sheet.Name))
            print_table(rows)
        print("\n== Goalpost formulas ==\n")
        print_table([("cell", "formula", "result")] +
                    [("%s.%s" % (s, a.replace("$", "")), f, v) for s, a, f, v in formulas])
        document.close(True)


if __name__ == "__main__":
    show(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "samples", "quickstart.ods"))
