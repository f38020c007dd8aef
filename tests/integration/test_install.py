"""Installing as the README says, and upgrading from the last release (issue 15), with unopkg
and a throwaway profile, then real headless Calc. unopkg runs with no terminal (stdin is
/dev/null): a prompt would fail at once, as it did for 0.1.0's click-through licence."""
import os
import subprocess
import unittest

from goalpost_office.office import DEFAULT_OXT, REPO, Office

LAST_RELEASE = os.path.join(REPO, "tests", "data", "releases", "goalpost-0.1.0.oxt")
ISSUE_14_OBJECTIVE = ("30 Leads pro Monat über Google Ads mit einem CPL unter 20 €, 10 % davon "
                      "innerhalb von drei Monaten zu Kunden machen")


def installed_version(office):
    listing = office.unopkg("list").stdout
    versions = [line.split(":", 1)[1].strip() for line in listing.splitlines()
                if line.strip().startswith("Version:")]
    return versions


def value_of(office, formula):
    document = office.new_sheet_document()
    try:
        cell = document.Sheets.getByIndex(0).getCellRangeByName("A1")
        cell.setFormula(formula)
        document.calculateAll()
        return cell.getError(), cell.getValue()
    finally:
        document.close(True)


def project_version():
    with open(os.path.join(REPO, "CMakeLists.txt"), encoding="utf-8") as file:
        for line in file:
            if line.startswith("project(goalpost VERSION "):
                return line.split()[2]
    raise AssertionError("no project version in CMakeLists.txt")


class Install(unittest.TestCase):
    def test_plain_unopkg_add_works_without_a_terminal(self):
        office = Office(install=False)
        try:
            office.unopkg("add", office.readable_copy(DEFAULT_OXT))  # as the README writes it
            self.assertEqual(installed_version(office), [project_version()])
            # The same version again is refused without -f, which the README says.
            with self.assertRaises(subprocess.CalledProcessError):
                office.unopkg("add", office.readable_copy(DEFAULT_OXT))
            office.unopkg("add", "-f", office.readable_copy(DEFAULT_OXT))
            office.start()
            self.assertEqual(value_of(office, "=CPL(600;30)"), (0, 20.0))
        finally:
            office.close()

    def test_upgrade_from_the_last_release(self):
        office = Office(install=False)
        try:
            office.unopkg("add", "--suppress-license", office.readable_copy(LAST_RELEASE))
            self.assertEqual(installed_version(office), ["0.1.0"])
            office.unopkg("add", office.readable_copy(DEFAULT_OXT))  # no -f: a newer version
            self.assertEqual(installed_version(office), [project_version()])
            office.start()
            self.assertEqual(value_of(office, "=CPL(600;30)"), (0, 20.0))
            # A 0.2.0 answer, so the new library runs, not a cached old one: 0.1.0 scored this 3.
            self.assertEqual(value_of(office, "=SMARTSCORE(\"%s\")" % ISSUE_14_OBJECTIVE), (0, 5.0))
        finally:
            office.close()


if __name__ == "__main__":
    unittest.main()
