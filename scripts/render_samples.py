"""Renders each workbook of samples/ to a PNG under docs/images/: headless Calc with Goalpost
installed into a throwaway profile recalculates it and exports its first sheet to PDF
(calc_pdf_Export, one page per sheet), then pdftoppm (poppler-utils) turns that page into a PNG.
Needs build/goalpost.oxt.

    /usr/bin/python3 scripts/render_samples.py [workbook.ods ...]
    /usr/bin/python3 scripts/render_samples.py --appended

With --appended, each template is rendered after a row was appended to its list (the rows the
template tests append): docs/images/<template>-appended.png.
"""
import os
import subprocess
import sys
import tempfile

import uno

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "python"))

from goalpost_office.office import Office, properties  # noqa: E402

WORKBOOKS = ["quickstart.ods", "budget-planner.ods", "objective-audit.ods",
             "campaign-tracker.ods"]
IMAGES = os.path.join(REPO, "docs", "images")


def export_pdf(document, path):
    # SinglePageSheets: each sheet on one page as large as its used area, so a picture is never
    # cut across pages. The document itself is not saved.
    filter_data = uno.Any("[]com.sun.star.beans.PropertyValue",
                          properties(SinglePageSheets=True))
    document.storeToURL(uno.systemPathToFileUrl(path),
                        properties(FilterName="calc_pdf_Export", FilterData=filter_data))


# A row appended to each template's list, as a user would type it (tests/integration/
# test_templates.py appends the same rows and checks every dependent cell).
APPENDED = {
    "budget-planner.ods": {"A23": "Podcasts", "B23": 3000, "C23": 60, "E23": 0.1},
    "objective-audit.ods": {"A17": "Win 5 customers from LinkedIn within 6 months", "I17": 3,
                            "J17": 90},
    "campaign-tracker.ods": {"A47": 7, "B47": "Google Ads", "C47": 2000, "D47": 800, "E47": 50,
                             "F47": 3, "G47": 7500},
}


def render(office, workbook, workdir, appended=None, suffix=""):
    name = os.path.splitext(os.path.basename(workbook))[0] + suffix
    pdf = os.path.join(workdir, name + ".pdf")
    document = office.open(workbook)
    try:
        sheet = document.Sheets.getByIndex(0)
        for address, value in (appended or {}).items():
            cell = sheet.getCellRangeByName(address)
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
        document.calculateAll()
        export_pdf(document, pdf)
    finally:
        document.close(True)
    png_root = os.path.join(IMAGES, name)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", "1", "-l", "1", pdf,
                    png_root], check=True)
    return png_root + ".png"


def main(arguments):
    appended = "--appended" in arguments
    arguments = [a for a in arguments if a != "--appended"]
    names = list(APPENDED) if appended else WORKBOOKS
    workbooks = arguments or [os.path.join(REPO, "samples", name) for name in names]
    os.makedirs(IMAGES, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="goalpost-render-") as workdir, Office() as office:
        for workbook in workbooks:
            rows = APPENDED.get(os.path.basename(workbook)) if appended else None
            path = render(office, os.path.abspath(workbook), workdir, rows,
                          "-appended" if appended else "")
            print("wrote", os.path.relpath(path, REPO))


if __name__ == "__main__":
    main(sys.argv[1:])
