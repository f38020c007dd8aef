"""Turns the sample workbooks of samples/ into LibreOffice templates (.ots) for the package's
template/Goalpost/ folder, shown in File > New > Templates under "Goalpost" (Paths.xcu).

An .ots is an .ods whose mimetype says template; each gets a title for the template manager.
The thumbnails are left out: they were most of each file, and the package has a size budget
(tests/integration/test_package.py).

    python3 make_templates.py OUTPUT_DIR SAMPLE.ods...
"""
import os
import re
import sys
import zipfile

TEMPLATE_TYPE = "application/vnd.oasis.opendocument.spreadsheet-template"
SPREADSHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
TITLES = {
    "quickstart": "Goalpost quickstart",
    "budget-planner": "Goalpost budget planner",
    "objective-audit": "Goalpost objective audit",
    "campaign-tracker": "Goalpost campaign tracker",
}


def with_title(meta, title):
    meta = re.sub(r"<dc:title>[^<]*</dc:title>", "", meta)
    return meta.replace("<office:meta>", "<office:meta><dc:title>%s</dc:title>" % title, 1)


def make_template(sample, output):
    name = os.path.splitext(os.path.basename(sample))[0]
    with zipfile.ZipFile(sample) as source, zipfile.ZipFile(output, "w") as target:
        # the mimetype first and stored, as ODF requires
        target.writestr(zipfile.ZipInfo("mimetype"), TEMPLATE_TYPE, zipfile.ZIP_STORED)
        for item in source.infolist():
            if item.filename == "mimetype" or item.filename.startswith("Thumbnails/"):
                continue
            data = source.read(item.filename)
            if item.filename == "META-INF/manifest.xml":
                text = data.decode("utf-8").replace(
                    'manifest:media-type="%s"' % SPREADSHEET_TYPE,
                    'manifest:media-type="%s"' % TEMPLATE_TYPE)
                text = re.sub(r'\s*<manifest:file-entry manifest:full-path="Thumbnails/[^>]*/>',
                              "", text)
                data = text.encode("utf-8")
            elif item.filename == "meta.xml":
                data = with_title(data.decode("utf-8"), TITLES[name]).encode("utf-8")
            target.writestr(item.filename, data, zipfile.ZIP_DEFLATED, compresslevel=9)


def main(output_dir, *samples):
    os.makedirs(output_dir, exist_ok=True)
    for sample in samples:
        name = os.path.splitext(os.path.basename(sample))[0]
        make_template(sample, os.path.join(output_dir, name + ".ots"))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
