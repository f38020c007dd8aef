"""Every catalogue function as Calc's Function Wizard shows it, read through the
com.sun.star.sheet.FunctionDescriptions service of real Calc."""
import unittest

from goalpost_office import calc_case


def tearDownModule():
    calc_case.shutdown()


def wizard_entries():
    descriptions = calc_case.office().create("com.sun.star.sheet.FunctionDescriptions")
    entries = {}
    for index in range(descriptions.getCount()):
        entry = {prop.Name: prop.Value for prop in descriptions.getByIndex(index)}
        entries[entry["Name"]] = entry
    return entries


class FunctionWizard(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # The Function Wizard loads add-in details with the first Calc document.
        document = calc_case.office().new_sheet_document()
        cls.entries = wizard_entries()
        document.close(True)

    def test_every_function_is_listed_with_its_description(self):
        for function in calc_case.catalogue():
            with self.subTest(function=function["name"]):
                self.assertIn(function["name"], self.entries)
                entry = self.entries[function["name"]]
                self.assertEqual(entry["Description"], function["summary"])

    def test_every_argument_is_described_and_optional_ones_are_marked(self):
        for function in calc_case.catalogue():
            entry = self.entries[function["name"]]
            arguments = entry["Arguments"]
            self.assertEqual(len(arguments), len(function["parameters"]), function["name"])
            for argument, parameter in zip(arguments, function["parameters"]):
                with self.subTest(function=function["name"], argument=parameter["name"]):
                    self.assertEqual(argument.Name, parameter["name"])
                    self.assertEqual(argument.Description, parameter["help"])
                    self.assertEqual(argument.IsOptional, parameter["optional"])

    def test_each_function_sits_in_its_category(self):
        # com.sun.star.sheet.FunctionCategory: FINANCIAL 3, STATISTICAL 8, ADDIN 11. The
        # catalogue names the category per family (catalogue_types.hpp, Category).
        groups = {"Financial": 3, "Statistical": 8, "Add-In": 11}
        seen = set()
        for function in calc_case.catalogue():
            with self.subTest(function=function["name"]):
                self.assertEqual(self.entries[function["name"]]["Category"],
                                 groups[function["category"]])
                seen.add(function["category"])
        self.assertEqual(seen, set(groups))
        for name, category in (("CPL", 3), ("ROAS", 3), ("CONVLOW", 8), ("SMARTSCORE", 11),
                               ("OBJECTIVECHECK", 11), ("CPLS", 3)):
            self.assertEqual(self.entries[name]["Category"], category, name)

    def test_wizard_text_has_no_markdown(self):
        # The Wizard shows text as it is: a backtick or ** would be printed, not rendered.
        for function in calc_case.catalogue():
            name = function["name"]
            entry = self.entries[name]
            texts = [entry["Description"]] + [a.Description for a in entry["Arguments"] or ()]
            for text in texts:
                with self.subTest(function=name):
                    for mark in ("`", "**", "]("):
                        self.assertNotIn(mark, text)


if __name__ == "__main__":
    unittest.main()
