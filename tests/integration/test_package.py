"""The packed extension itself (issue 19): built the way distributions build LibreOffice, exporting
nothing but its entry point, and whole. No soffice is started: the checks read the ELF file and
the zip, and load the library the way soffice's loader would."""
import os
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree
import zipfile

from goalpost_office.office import DEFAULT_OXT, REPO

LIBRARY = "libgoalpost.so"
ENTRY_POINTS = ("org_goalpost_calc_FunctionsImpl_get_implementation",  # the add-in
                "org_goalpost_calc_MenuImpl_get_implementation")       # the menu
LIBREOFFICE_PROGRAM = "/usr/lib/libreoffice/program"
MANIFEST_NS = "{http://openoffice.org/2001/manifest}"


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def extract_library(oxt, directory):
    with zipfile.ZipFile(oxt) as package:
        return package.extract(LIBRARY, directory)


def package_problems(oxt):
    """What is wrong with a packed .oxt: files the manifest or the components file name but the
    package lacks, and a library that does not load. An empty list for a whole package."""
    problems = []
    with zipfile.ZipFile(oxt) as package:
        names = set(package.namelist())
        bad = package.testzip()
        if bad:
            problems.append("damaged entry %s" % bad)
        for required in ("META-INF/manifest.xml", "description.xml", "goalpost.components"):
            if required not in names:
                problems.append("missing %s" % required)
        if "META-INF/manifest.xml" in names:
            manifest = ElementTree.fromstring(package.read("META-INF/manifest.xml"))
            for entry in manifest.iter(MANIFEST_NS + "file-entry"):
                path = entry.get(MANIFEST_NS + "full-path")
                if path not in names:
                    problems.append("manifest names %s, which is missing" % path)
        if "goalpost.components" in names:
            for uri in re.findall(r'uri="([^"]+)"', package.read("goalpost.components").decode()):
                if uri not in names:
                    problems.append("components file names %s, which is missing" % uri)
    if not problems:
        with tempfile.TemporaryDirectory() as directory:
            library = extract_library(oxt, directory)
            # Loaded as soffice loads it: the UNO libraries found in LibreOffice's program
            # directory, every symbol resolved now.
            loaded = subprocess.run(
                [sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1], mode=2)",
                 library], capture_output=True, text=True,
                env=dict(os.environ, LD_LIBRARY_PATH=LIBREOFFICE_PROGRAM, LD_BIND_NOW="1"))
            if loaded.returncode != 0:
                problems.append("the library does not load: %s" % loaded.stderr.strip()[-200:])
    return problems


class Hardening(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.TemporaryDirectory()
        cls.library = extract_library(DEFAULT_OXT, cls.directory.name)
        cls.dynamic = run("readelf", "--dynamic", "--wide", cls.library)
        cls.segments = run("readelf", "--program-headers", "--wide", cls.library)
        cls.imports = run("nm", "--dynamic", "--undefined-only", cls.library)

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def test_full_relro(self):
        self.assertIn("GNU_RELRO", self.segments)
        self.assertRegex(self.dynamic, r"BIND_NOW|Flags: NOW")

    def test_stack_protector_and_fortify(self):
        self.assertIn("__stack_chk_fail", self.imports)
        self.assertRegex(self.imports, r"__\w+_chk\b(?<!__stack_chk)")

    def test_no_runpath(self):
        self.assertNotRegex(self.dynamic, r"RUNPATH|RPATH")

    def test_exports_only_the_entry_points_and_type_information(self):
        exported = run("nm", "--dynamic", "--defined-only", self.library).split("\n")
        names = [line.split()[-1] for line in exported if line.strip()]
        others = [name for name in names
                  if name not in ENTRY_POINTS and not name.startswith(("_ZTI", "_ZTS"))]
        for entry_point in ENTRY_POINTS:
            self.assertIn(entry_point, names)
        self.assertEqual(others, [])

    def test_needs_nothing_beyond_libreoffice_and_the_c_runtime(self):
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", self.dynamic)
        # ld-linux: the dynamic loader itself, for the reader's per-thread buffers (__tls_get_addr)
        allowed = re.compile(r"^(libuno_\w+\.so\.\d+|libstdc\+\+\.so\.6|libm\.so\.6|libgcc_s\.so\.1|"
                             r"libc\.so\.6|ld-linux-x86-64\.so\.2)$")
        self.assertEqual([name for name in needed if not allowed.match(name)], [])

    def test_no_debug_information_shipped(self):
        sections = run("readelf", "--section-headers", "--wide", self.library)
        self.assertNotIn(".debug_info", sections)


def damaged_copy(directory, damage):
    """A copy of the built package in `directory`, each entry passed through damage(name, data);
    an entry for which it returns None is left out."""
    damaged = os.path.join(directory, "damaged.oxt")
    with zipfile.ZipFile(DEFAULT_OXT) as source, \
            zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = damage(item.filename, source.read(item.filename))
            if data is not None:
                target.writestr(item, data)
    return damaged


class Contents(unittest.TestCase):
    """What an extension-site reviewer checks in the package (docs/package-review.md)."""

    @classmethod
    def setUpClass(cls):
        with zipfile.ZipFile(DEFAULT_OXT) as package:
            cls.names = set(package.namelist())
            cls.description = package.read("description.xml").decode("utf-8")
            cls.licence = package.read("LICENSE.txt").decode("utf-8")
            cls.release_notes = {
                language: package.read("description/release-notes-%s.txt" % language).decode()
                for language in ("en", "de", "fr", "es")
                if "description/release-notes-%s.txt" % language in cls.names}

    def test_docs_security_lists_every_file_of_the_package(self):
        # docs/security.md tells a reviewer what is inside; it must be what is inside.
        with open(os.path.join(REPO, "docs", "security.md"), encoding="utf-8") as file:
            text = file.read()
        section = text.split("<!-- package files -->")[1].split("<!-- end of package files -->")[0]
        listed = set(re.findall(r"`([^`]+)`", section))
        files = {name for name in self.names if not name.endswith("/")}
        self.assertEqual(listed, files)

    def test_size_budget(self):
        # 400 kB: the stripped library, the registry data and the texts, with room to grow
        self.assertLessEqual(os.path.getsize(DEFAULT_OXT), 400 * 1024)

    def test_full_licence_text(self):
        self.assertIn("Mozilla Public License Version 2.0", self.licence)
        self.assertIn("Exhibit A - Source Code Form License Notice", self.licence)
        self.assertGreater(len(self.licence), 15000)

    def test_no_placeholder_link_and_no_licence_prompt(self):
        self.assertNotIn(".invalid", self.description)
        self.assertNotIn("simple-license", self.description)

    def test_release_notes_in_every_language(self):
        self.assertEqual(set(self.release_notes), {"en", "de", "fr", "es"})
        version = re.search(r'<version value="([^"]+)"', self.description).group(1)
        for language, notes in self.release_notes.items():
            with self.subTest(language=language):
                self.assertTrue(notes.startswith("Goalpost %s" % version), notes[:40])
                self.assertIn('release-notes-%s.txt" lang="%s"' % (language, language),
                              self.description)


class Integrity(unittest.TestCase):
    def test_the_built_package_is_whole(self):
        self.assertEqual(package_problems(DEFAULT_OXT), [])

    def test_a_truncated_library_is_caught(self):
        def truncate_library(name, data):
            return data[:len(data) // 3] if name == LIBRARY else data
        with tempfile.TemporaryDirectory() as directory:
            damaged = damaged_copy(directory, truncate_library)
            self.assertTrue(any("does not load" in problem for problem in package_problems(damaged)))

    def test_a_missing_file_is_caught(self):
        def drop_registry(name, data):
            return None if name == "goalpost.rdb" else data
        with tempfile.TemporaryDirectory() as directory:
            damaged = damaged_copy(directory, drop_registry)
            self.assertIn("manifest names goalpost.rdb, which is missing", package_problems(damaged))


if __name__ == "__main__":
    unittest.main()
