"""The templates in File > New > Templates (issue 15): the package's template/Goalpost/ folder
joins LibreOffice's template paths (registration/package/Paths.xcu), the template manager's
hierarchy shows a "Goalpost" category with the four workbooks, and opening one as File > New
does gives an untitled copy that computes. Real headless Calc, throwaway profile."""
import unittest

from goalpost_office import calc_case
from goalpost_office.office import properties

TITLES = {"Goalpost quickstart", "Goalpost budget planner", "Goalpost objective audit",
          "Goalpost campaign tracker"}


def tearDownModule():
    calc_case.shutdown()


def goalpost_category(office):
    """The template manager's "Goalpost" category: the hierarchy the Templates dialog reads."""
    office.create("com.sun.star.frame.DocumentTemplates").update()
    files = office.create("com.sun.star.ucb.SimpleFileAccess")
    for root in files.getFolderContents("vnd.sun.star.hier:/templates", True):
        for group in files.getFolderContents(root, True):
            if group.rsplit("/", 1)[-1] == "Goalpost":
                return group
    return None


class TemplatesInFileNew(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = calc_case.office()

    def test_goalpost_category_lists_the_four_templates(self):
        group = goalpost_category(self.office)
        self.assertIsNotNone(group, "no Goalpost category in File > New > Templates")
        files = self.office.create("com.sun.star.ucb.SimpleFileAccess")
        entries = files.getFolderContents(group, False)
        # entries are named by the templates' titles, URL-encoded
        titles = {entry.rsplit("/", 1)[-1].replace("%20", " ") for entry in entries}
        self.assertEqual(titles, TITLES)

    def test_opening_a_template_gives_an_untitled_copy_that_computes(self):
        paths = self.office.create("com.sun.star.util.PathSettings")
        internal = [path for path in paths.getPropertyValue("Template_internal")
                    if "goalpost.oxt" in path]
        self.assertEqual(len(internal), 1, paths.Template)
        expander = self.office.context.getValueByName(
            "/singletons/com.sun.star.util.theMacroExpander")
        folder = expander.expandMacros(internal[0][len("vnd.sun.star.expand:"):]) + "/Goalpost"
        document = self.office.desktop.loadComponentFromURL(
            folder + "/objective-audit.ots", "_blank", 0, properties(Hidden=True, AsTemplate=True))
        try:
            self.assertEqual(document.getLocation(), "")  # untitled: saving asks for a name
            self.assertEqual(document.DocumentProperties.Title, "Goalpost objective audit")
            document.calculateAll()
            status = document.Sheets.getByIndex(0).getCellRangeByName("N5").getString()
            self.assertTrue(status.startswith("ON TRACK: "), status)
        finally:
            document.close(True)


if __name__ == "__main__":
    unittest.main()
