"""Opens a workbook in headless Calc with Goalpost installed into a throwaway profile,
recalculates it and prints every sheet as a table no wider than 100 columns; with --formulas,
each Goalpost formula with its result too.

    /usr/bin/python3 scripts/show_workbook.py [workbook.ods] [--formulas]
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


TERMINAL_WIDTH = 100


def fitted(text, width):
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def is_number(text):
    return text[:1].isdigit() or (text[:1] in "$-€£" and text[1:2].isdigit())


def print_table(rows, width=TERMINAL_WIDTH):
    """A table no wider than `width` characters. Text columns give way first and cut texts end
    with an ellipsis (the workbook keeps them whole); numbers are never cut: columns that do not
    fit are left out and counted."""
    rows = [row for row in rows if any(text.strip() for text in row)]
    if not rows:
        return
    columns = len(rows[0])
    widths = [max(len(row[c]) for row in rows) for c in range(columns)]
    numeric = [sum(is_number(row[c]) for row in rows[1:]) * 2 > len(rows) - 1 for c in range(columns)]

    def total(count):
        return sum(widths[:count]) + 2 * (count - 1)

    shown = columns
    while total(shown) > width:
        text_columns = [c for c in range(shown) if not numeric[c] and widths[c] > 10]
        if text_columns:
            widest = max(text_columns, key=lambda c: widths[c])
            widths[widest] -= 1
        else:
            shown -= 1
    for index, row in enumerate(rows):
        cells = [fitted(text, w) for text, w in zip(row[:shown], widths)]
        line = "  ".join(text.rjust(w) if index and is_number(text) else text.ljust(w)
                         for text, w in zip(cells, widths)).rstrip()
        print(line)
    if shown < columns:
        print("  (%d more columns in the workbook)" % (columns - shown))


def show(path, show_formulas=False):
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
        if show_formulas:
            print("\n== Goalpost formulas ==\n")
            print_table([("cell", "formula", "result")] +
                        [("%s.%s" % (s, a.replace("$", "")), f, v) for s, a, f, v in formulas])
        else:
            print("\n%d cells hold Goalpost formulas; --formulas lists each with its result."
                  % len(formulas))
        document.close(True)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--formulas"]
    show(arguments[0] if arguments else os.path.join(REPO, "samples", "quickstart.ods"),
         show_formulas="--formulas" in sys.argv[1:])
