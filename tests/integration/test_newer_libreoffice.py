"""The .oxt built here in a newer LibreOffice (issue 15): users run far newer versions than
Debian 12's 7.4. scripts/newer_libreoffice.sh unpacks the newest LibreOffice of Debian's
bookworm-backports (25.2 today) into a private prefix beside 7.4; this test installs the package
into a throwaway profile of that office with its own unopkg, as the README says (no terminal),
and recalculates a workbook of Goalpost formulas with --convert-to. The expected values are
worked out by hand beside each formula.

The other real-Calc tests run in that office too, over UNO (calc_newest.* in tests/CMakeLists.txt;
docs/package-review.md); this one checks what they cannot: its command line."""
import csv
import os
import shutil
import subprocess
import tempfile
import unittest

from goalpost_office.office import DEFAULT_OXT

PREFIX = os.environ.get("GOALPOST_NEWER_LIBREOFFICE", "/opt/goalpost-lo25")
PROGRAM = os.path.join(PREFIX, "usr", "lib", "libreoffice", "program")
LIBRARY_PATH = PROGRAM + ":" + os.path.join(PREFIX, "usr", "lib", "x86_64-linux-gnu")

# cell formula (ODF syntax) -> the value Calc shows, by hand
FORMULAS = [
    ("of:=ORG.GOALPOST.CALC.FUNCTIONS.CPL([.A1];[.B1])", "20"),               # 600 / 30
    ("of:=ORG.GOALPOST.CALC.FUNCTIONS.FUNNELCONV({4000;400;120;40})", "0.01"),  # 40 / 4000
    ("of:=ORG.GOALPOST.CALC.FUNCTIONS.ROAS(4500;1500)", "3"),                 # 4500 / 1500
    # leads + Google Ads, 30, a level, 10% into customers, within three months: all five
    ("of:=ORG.GOALPOST.CALC.FUNCTIONS.SMARTSCORE(&quot;30 Leads pro Monat über Google Ads "
     "mit einem CPL unter 20 €, 10 % davon innerhalb von drei Monaten zu Kunden machen&quot;)", "5"),
    # a 25 EUR cap held at 18 EUR on day 28 of this month, the reason in Spanish
    ("of:=ORG.GOALPOST.CALC.FUNCTIONS.OBJECTIVECHECK(&quot;Mantener el CPL de Meta por debajo "
     "de 25 € este mes&quot;;18;28)",
     "ON TRACK: CPL 18,00\u00a0€ frente a un máximo de 25,00\u00a0€, mantenido hasta ahora"),
]


def workbook(path):
    rows = ['<table:table-row><table:table-cell office:value-type="float" office:value="600"/>'
            '<table:table-cell office:value-type="float" office:value="30"/></table:table-row>']
    rows += ['<table:table-row><table:table-cell table:formula="%s"/></table:table-row>' % formula
             for formula, _ in FORMULAS]
    with open(path, "w", encoding="utf-8") as file:
        file.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:body><office:spreadsheet><table:table table:name="Check">'
            + "".join(rows) + '</table:table></office:spreadsheet></office:body></office:document>')


class NewerLibreOffice(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.workdir = tempfile.mkdtemp(prefix="goalpost-newer-")
        cls.profile = "file://" + os.path.join(cls.workdir, "profile")
        shutil.copyfile(DEFAULT_OXT, os.path.join(cls.workdir, "goalpost.oxt"))
        workbook(os.path.join(cls.workdir, "check.fods"))
        if os.geteuid() == 0:  # unopkg refuses root: the profile belongs to nobody
            subprocess.run(["chown", "-R", "nobody:nogroup", cls.workdir], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def run_office(self, *command):
        """A command of the newer office with the throwaway profile, no terminal, as the profile's
        owner; its own process group, ended whatever happens."""
        prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] \
            if os.geteuid() == 0 else []
        environment = dict(os.environ, HOME=self.workdir, LD_LIBRARY_PATH=LIBRARY_PATH)
        process = subprocess.Popen(prefix + list(command) + ["-env:UserInstallation=" + self.profile],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, env=environment,
                                   start_new_session=True)
        try:
            output, _ = process.communicate(timeout=180)
        finally:
            try:
                os.killpg(process.pid, 9)
            except ProcessLookupError:
                pass
        return process.returncode, output

    def test_installs_and_computes(self):
        code, output = self.run_office(os.path.join(PROGRAM, "soffice.bin"), "--version")
        self.assertEqual(code, 0, output)
        major = int(output.split()[1].split(".")[0])
        self.assertGreater(major, 7, output)  # a newer LibreOffice than Debian 12's 7.4
        code, output = self.run_office(os.path.join(PROGRAM, "unopkg"), "add",
                                       os.path.join(self.workdir, "goalpost.oxt"))
        self.assertEqual(code, 0, output)
        code, output = self.run_office(os.path.join(PROGRAM, "soffice"), "--headless",
                                       "--norestore", "--convert-to", "csv", "--outdir",
                                       self.workdir, os.path.join(self.workdir, "check.fods"))
        self.assertEqual(code, 0, output)
        with open(os.path.join(self.workdir, "check.csv"), encoding="utf-8") as file:
            shown = [row[0] for row in csv.reader(file)][1:]
        self.assertEqual(shown, [value for _, value in FORMULAS])


if __name__ == "__main__":
    unittest.main()
