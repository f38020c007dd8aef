"""Every function's description and argument help in English, German, French and Spanish, read
back from real Calc and compared with the catalogue (build/generated/catalogue.json, whose
summary_by_language and help_by_language are what the generator wrote as xml:lang values).

Measured on Debian 12, LibreOffice 7.4.7, with only the en-US UI installed (no language pack):

- com.sun.star.configuration.ConfigurationProvider created with a "Locale" argument ("de", "fr",
  "es", also "de-DE") reads the installed extension's CalcAddIns.xcu in that language; a language
  Goalpost does not ship ("it") falls back to the English value.
- Setting the profile's /org.openoffice.Setup/L10N/ooLocale alone does nothing: soffice derives
  ooLocale again at every start from /org.openoffice.Office.Linguistic/General/UILocale (the
  user's Tools > Options > Language Settings > User interface) and resets it to en-US when that
  language is not among /org.openoffice.Setup/Office/InstalledLocales, which only language packs
  fill. A UILocale naming a language that is not installed is forgotten at that start: declaring
  the language installed afterwards did not bring it back.
- Declaring the language installed in the throwaway profile and choosing it as UILocale, then
  restarting, makes soffice run with ooLocale de-DE / fr-FR / es-ES. Then
  com.sun.star.sheet.FunctionDescriptions, the Function Wizard's source, shows Goalpost's
  descriptions and argument help in that language, while Calc's own functions (SUM) stay English
  because no language pack supplies their translations. So the add-in's help follows the UI
  language on its own; a German user with the German language pack sees both in German.
- The Extension Manager (the com.sun.star.deployment.ExtensionManager singleton) likewise shows
  description.xml's display name, publisher and extension description in the UI language, and
  loads the icon.
"""
import os
import unittest
import xml.etree.ElementTree as ElementTree

from goalpost_office import calc_case
from goalpost_office.office import REPO, properties

PACKAGE_DIR = os.path.join(REPO, "registration", "package")
DESCRIPTION_NS = "{http://openoffice.org/extensions/description/2006}"

# Frozen service name (README): the .xcu node that holds the help.
ADDIN_FUNCTIONS = ("/org.openoffice.Office.CalcAddIns/AddInInfo/org.goalpost.calc.Functions"
                   "/AddInFunctions")
LANGUAGES = ("en", "de", "fr", "es")
UI_LOCALES = {"de": "de-DE", "fr": "fr-FR", "es": "es-ES"}


def tearDownModule():
    calc_case.shutdown()


def configuration(path, locale=None, update=False):
    office = calc_case.office()
    manager = office.context.ServiceManager
    if locale is None:
        provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    else:
        provider = manager.createInstanceWithArgumentsAndContext(
            "com.sun.star.configuration.ConfigurationProvider", properties(Locale=locale),
            office.context)
    access = ("com.sun.star.configuration.ConfigurationUpdateAccess" if update
              else "com.sun.star.configuration.ConfigurationAccess")
    return provider.createInstanceWithArguments(access, properties(nodepath=path))


def choose_ui_language(locale):
    """What a language pack plus Tools > Options > Language Settings would leave in a profile."""
    installed = configuration("/org.openoffice.Setup/Office/InstalledLocales", update=True)
    if not installed.hasByName(locale):
        entry = installed.createInstance()
        entry.setPropertyValue("Origin", "Goalpost integration test")
        installed.insertByName(locale, entry)
    installed.commitChanges()
    general = configuration("/org.openoffice.Office.Linguistic/General", update=True)
    general.replaceByName("UILocale", locale)
    general.commitChanges()
    calc_case.office().restart()


def wizard_entries():
    document = calc_case.office().new_sheet_document()
    try:
        descriptions = calc_case.office().create("com.sun.star.sheet.FunctionDescriptions")
        entries = {}
        for index in range(descriptions.getCount()):
            entry = {prop.Name: prop.Value for prop in descriptions.getByIndex(index)}
            entries[entry["Name"]] = entry
        return entries
    finally:
        document.close(True)


def description_xml_names(element):
    """{lang: text} of the <name> entries under display-name or publisher in description.xml."""
    root = ElementTree.parse(os.path.join(PACKAGE_DIR, "description.xml.in")).getroot()
    return {name.get("lang"): name.text
            for name in root.find(DESCRIPTION_NS + element).findall(DESCRIPTION_NS + "name")}


def installed_goalpost():
    manager = calc_case.office().context.getValueByName(
        "/singletons/com.sun.star.deployment.ExtensionManager")
    for package in manager.getDeployedExtensions("user", None, None):
        if package is not None and package.getIdentifier().Value == "org.goalpost.calc":
            return package
    raise AssertionError("Goalpost is not installed")


class InstalledConfigurationPerLanguage(unittest.TestCase):
    """The installed CalcAddIns.xcu holds every text in every language."""

    def test_every_description_and_argument_help_in_every_language(self):
        for language in LANGUAGES:
            functions = configuration(ADDIN_FUNCTIONS, locale=language)
            for function in calc_case.catalogue():
                with self.subTest(language=language, function=function["name"]):
                    node = functions.getByName(function["method"])
                    self.assertEqual(node.getByName("DisplayName"), function["name"])
                    self.assertEqual(node.getByName("Description"),
                                     function["summary_by_language"][language])
                    parameters = node.getByName("Parameters")
                    for parameter in function["parameters"]:
                        help_node = parameters.getByName(parameter["idl_name"])
                        self.assertEqual(help_node.getByName("DisplayName"), parameter["name"])
                        self.assertEqual(help_node.getByName("Description"),
                                         parameter["help_by_language"][language])

    def test_translations_are_not_the_english(self):
        for language in ("de", "fr", "es"):
            functions = configuration(ADDIN_FUNCTIONS, locale=language)
            for function in calc_case.catalogue():
                with self.subTest(language=language, function=function["name"]):
                    self.assertNotEqual(
                        functions.getByName(function["method"]).getByName("Description"),
                        function["summary"])

    def test_a_language_goalpost_does_not_ship_falls_back_to_english(self):
        functions = configuration(ADDIN_FUNCTIONS, locale="it")
        for function in calc_case.catalogue():
            with self.subTest(function=function["name"]):
                self.assertEqual(functions.getByName(function["method"]).getByName("Description"),
                                 function["summary"])


class FunctionWizardFollowsTheUiLanguage(unittest.TestCase):
    """FunctionDescriptions, the Function Wizard's source, with the UI in each language."""

    @classmethod
    def tearDownClass(cls):
        choose_ui_language("en-US")

    def assertWizardIn(self, language):
        entries = wizard_entries()
        for function in calc_case.catalogue():
            with self.subTest(language=language, function=function["name"]):
                entry = entries[function["name"]]
                self.assertEqual(entry["Description"], function["summary_by_language"][language])
                arguments = entry["Arguments"]
                self.assertEqual(len(arguments), len(function["parameters"]))
                for argument, parameter in zip(arguments, function["parameters"]):
                    self.assertEqual(argument.Name, parameter["name"])
                    self.assertEqual(argument.Description,
                                     parameter["help_by_language"][language])
                    self.assertEqual(argument.IsOptional, parameter["optional"])

    def assertExtensionIn(self, language):
        package = installed_goalpost()
        self.assertEqual(package.getDisplayName(), description_xml_names("display-name")[language])
        self.assertEqual(package.getPublisherInfo().First,
                         description_xml_names("publisher")[language])
        path = os.path.join(PACKAGE_DIR, "description", "description-%s.txt" % language)
        with open(path, encoding="utf-8") as file:
            self.assertEqual(package.getDescription().strip(), file.read().strip())
        self.assertIsNotNone(package.getIcon(False), "the icon did not load")

    def test_english_ui(self):
        choose_ui_language("en-US")
        self.assertWizardIn("en")
        self.assertExtensionIn("en")

    def test_german_ui(self):
        choose_ui_language(UI_LOCALES["de"])
        self.assertEqual(configuration("/org.openoffice.Setup/L10N").getByName("ooLocale"),
                         "de-DE")
        self.assertWizardIn("de")
        self.assertExtensionIn("de")

    def test_french_ui(self):
        choose_ui_language(UI_LOCALES["fr"])
        self.assertWizardIn("fr")
        self.assertExtensionIn("fr")

    def test_spanish_ui(self):
        choose_ui_language(UI_LOCALES["es"])
        self.assertWizardIn("es")
        self.assertExtensionIn("es")

    def test_functions_still_calculate_with_a_german_ui(self):
        choose_ui_language(UI_LOCALES["de"])
        document = calc_case.office().new_sheet_document()
        try:
            cell = document.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula("=CPL(600;30)")
            document.calculateAll()
            self.assertEqual(cell.getError(), 0)
            self.assertEqual(cell.getValue(), 20)
        finally:
            document.close(True)


if __name__ == "__main__":
    unittest.main()
