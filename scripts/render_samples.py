"""Renders each workbook of samples/ to a PNG under docs/images/: headless Calc with Goalpost
installed into a throwaway profile recalculates it and exports its first sheet to PDF
(calc_pdf_Export, one page per sheet), then pdftoppm (poppler-utils) turns that page into a PNG.
Needs build/goalpost.oxt.

    /usr/bin/python3 scripts/render_samples.py [workbook.ods ...]
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


def render(office, workbook, workdir):
    name = os.path.splitext(os.path.basename(workbook))[0]
    pdf = os.path.join(workdir, name + ".pdf")
    document = office.open(workbook)
    try:
        document.calculateAll()
        export_pdf(document, pdf)
    finally:
        document.close(True)
    png_root = os.path.join(IMAGES, name)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", "1", "-l", "1", pdf,
                    png_root], check=True)
    return png_root + ".png"


def main(arguments):
    workbooks = arguments or [os.path.join(REPO, "samples", name) for name in WORKBOOKS]
    os.makedirs(IMAGES, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="goalpost-render-") as workdir, Office() as office:
        for workbook in workbooks:
            print("wrote", os.path.relpath(render(office, os.path.abspath(workbook), workdir),
                                           REPO))


if __name__ == "__main__":
    main(sys.argv[1:])
