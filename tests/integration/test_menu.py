"""The Goalpost menu (issue 15): its entries in Calc's menu bar (registration/package/Addons.xcu),
and its commands dispatched in real headless Calc the way a click dispatches them, through the
frame to the protocol handler (addin/src/menu_component.cpp)."""
import os
import re
import unittest
import zipfile

from goalpost_office import calc_case
from goalpost_office.office import DEFAULT_OXT, REPO, properties

import uno  # noqa: E402  after goalpost_office, which prepares pyuno for a newer office

MENU = "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.goalpost.calc.menu"


def tearDownModule():
    calc_case.shutdown()


def command_templates():
    """The template names addin/pure/menu_commands.hpp accepts."""
    with open(os.path.join(REPO, "addin", "pure", "menu_commands.hpp"), encoding="utf-8") as file:
        source = file.read()
    block = re.search(r"packaged_templates\{(.*?)\};", source, re.S).group(1)
    return re.findall(r'"([a-z-]+)"', block)


def configuration(office, path):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    return provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", properties(nodepath=path))


class Menu(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = calc_case.office()

    def setUp(self):
        self.document = self.office.new_sheet_document()
        self.opened = []

    def tearDown(self):
        for document in self.opened:
            document.close(True)
        self.document.close(True)

    def dispatch(self, url):
        """Dispatches `url` on the document's frame, as the menu entry does, and returns the
        documents it opened."""
        before = {id(c) for c in self.components()}
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        frame = self.document.getCurrentController().getFrame()
        # Hidden: a visible window crashes this headless soffice (LibreOffice 7.4 with
        # --invisible), whoever opens it; the handler passes the argument on.
        helper.executeDispatch(frame, url, "", 0, properties(Hidden=True))
        opened = [c for c in self.components() if id(c) not in before and c != self.document]
        self.opened.extend(opened)
        return opened

    def components(self):
        enumeration = self.office.desktop.Components.createEnumeration()
        result = []
        while enumeration.hasMoreElements():
            result.append(enumeration.nextElement())
        return result

    def test_the_menu_names_every_packaged_template_and_the_reference(self):
        menu = configuration(self.office, MENU)
        self.assertEqual(menu.Title, "Goalpost")
        self.assertEqual(menu.Context, "com.sun.star.sheet.SpreadsheetDocument")
        entries = menu.Submenu
        templates = entries.getByName("01_new_from_template").Submenu
        urls = [templates.getByName(name).URL for name in templates.ElementNames]
        names = [url.split("name=", 1)[1] for url in urls]
        with zipfile.ZipFile(DEFAULT_OXT) as package:
            packaged = sorted(os.path.basename(n)[:-len(".ots")] for n in package.namelist()
                              if n.startswith("template/Goalpost/") and n.endswith(".ots"))
        self.assertEqual(sorted(names), packaged)
        self.assertEqual(sorted(names), sorted(command_templates()))
        self.assertEqual(entries.getByName("02_function_reference").URL,
                         "vnd.org.goalpost:FunctionReference")
        self.assertEqual(entries.getByName("03_shareable_copy").URL,
                         "vnd.org.goalpost:ShareableCopy")

    def test_a_shareable_copy_of_a_wrong_kind_of_file_fails_cleanly(self):
        # Only .xlsx and .ods: anything else is refused, nothing is written, Calc keeps going.
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        frame = self.document.getCurrentController().getFrame()
        target = os.path.join(self.office.workdir, "copy.csv")
        event = helper.executeDispatch(frame, "vnd.org.goalpost:ShareableCopy", "", 0,
                                       properties(URL="file://" + target))
        self.assertEqual(event.State, 0)  # DispatchResultState.FAILURE
        self.assertIn(".xlsx", event.Result)
        self.assertFalse(os.path.exists(target))
        self.assertTrue(self.office.alive())

    def test_a_shareable_copy_never_replaces_the_workbook_itself(self):
        path = os.path.join(self.office.workdir, "plan.ods")
        self.document.storeAsURL(uno.systemPathToFileUrl(path), properties(FilterName="calc8"))
        before = open(path, "rb").read()
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        event = helper.executeDispatch(self.document.getCurrentController().getFrame(),
                                       "vnd.org.goalpost:ShareableCopy", "", 0,
                                       properties(URL=self.document.getLocation()))
        self.assertEqual(event.State, 0)  # DispatchResultState.FAILURE
        self.assertEqual(open(path, "rb").read(), before)

    def test_new_from_template_opens_an_untitled_copy_that_computes(self):
        opened = self.dispatch("vnd.org.goalpost:NewFromTemplate?name=objective-audit")
        self.assertEqual(len(opened), 1)
        copy = opened[0]
        self.assertEqual(copy.getLocation(), "")
        self.assertEqual(copy.DocumentProperties.Title, "Goalpost objective audit")
        copy.calculateAll()
        status = copy.Sheets.getByIndex(0).getCellRangeByName("N5").getString()
        self.assertTrue(status.startswith("ON TRACK: "), status)

    def test_function_reference_opens_the_reference_in_calc(self):
        opened = self.dispatch("vnd.org.goalpost:FunctionReference")
        self.assertEqual(len(opened), 1)
        reference = opened[0]
        self.assertTrue(reference.isReadonly())
        sheet = reference.Sheets.getByIndex(0)
        self.assertIsNotNone(sheet.findFirst(self.search(sheet, "OBJECTIVECHECK")))
        self.assertEqual(len(calc_case.catalogue()),
                         sum(1 for function in calc_case.catalogue()
                             if sheet.findFirst(self.search(sheet, function["name"]))))

    @staticmethod
    def search(sheet, text):
        descriptor = sheet.createSearchDescriptor()
        descriptor.SearchString = text
        descriptor.SearchWords = True
        return descriptor

    def test_unknown_commands_open_nothing(self):
        for url in ("vnd.org.goalpost:Unknown", "vnd.org.goalpost:NewFromTemplate?name=../x"):
            with self.subTest(url=url):
                self.assertEqual(self.dispatch(url), [])
        self.assertTrue(self.office.alive())


if __name__ == "__main__":
    unittest.main()
