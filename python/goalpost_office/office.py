"""A real headless LibreOffice for tests and demos: a throwaway profile with Goalpost installed.

The profile lives in a temporary directory, so a user's own profile is never touched, and the
soffice process this module starts is stopped by its PID.
"""
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

PROGRAM_DIR = os.environ.get("LIBREOFFICE_PROGRAM_DIR", "/usr/lib/libreoffice/program")
# For a LibreOffice unpacked into a private prefix (scripts/newer_libreoffice.sh): where its UNO
# libraries are, given to soffice and unopkg only, never to this Python process.
LIBRARY_PATH = os.environ.get("LIBREOFFICE_LIBRARY_PATH")
_types_set_here = bool(LIBRARY_PATH) and "UNO_TYPES" not in os.environ
if _types_set_here:
    # This process speaks UNO with Debian's Python bridge (7.4). With 7.4's types, loading a
    # document in a newer office ends the bridge; with the newer office's type libraries the
    # same calls work, so pyuno reads those. Only pyuno, which starts on import, may
    # see the variable: in an office or unopkg it would hide the extension's own types.
    os.environ["UNO_TYPES"] = " ".join(
        "file://" + os.path.join(PROGRAM_DIR, name)
        for name in ("types.rdb", "types/offapi.rdb", "types/oovbaapi.rdb"))

import uno  # noqa: E402  Debian's /usr/bin/python3 has it (package python3-uno)

if _types_set_here:
    del os.environ["UNO_TYPES"]

from com.sun.star.beans import PropertyValue  # noqa: E402  (needs uno first)
from com.sun.star.connection import NoConnectException  # noqa: E402


def office_environment():
    if not LIBRARY_PATH:
        return None
    return dict(os.environ, LD_LIBRARY_PATH=LIBRARY_PATH)
SOFFICE = os.path.join(PROGRAM_DIR, "soffice")
UNOPKG = os.path.join(PROGRAM_DIR, "unopkg")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # python/goalpost_office/office.py
DEFAULT_OXT = os.environ.get("GOALPOST_OXT", os.path.join(REPO, "build", "goalpost.oxt"))


def properties(**values):
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        result.append(prop)
    return tuple(result)


class Office:
    """soffice with its own profile; use as a context manager."""

    def __init__(self, oxt=DEFAULT_OXT, install=True):
        self.oxt = oxt
        self.install = install
        self.workdir = tempfile.mkdtemp(prefix="goalpost-office-")
        self.profile = os.path.join(self.workdir, "profile")
        self.process = None
        self.desktop = None
        self.context = None

    # --- the extension -------------------------------------------------------------------
    def _as_profile_owner(self, command):
        """unopkg refuses to touch a user profile as root: run it as nobody, who owns the profile."""
        if os.geteuid() != 0:
            return command
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                "env", "HOME=" + self.workdir] + command

    def _give_profile_to_unopkg(self):
        if os.geteuid() == 0:
            subprocess.run(["chown", "-R", "nobody:nogroup", self.workdir], check=True)

    def unopkg(self, *arguments):
        if self.process is not None:
            raise RuntimeError("stop soffice before running unopkg on its profile")
        self._give_profile_to_unopkg()
        command = self._as_profile_owner(
            [UNOPKG, *arguments, "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile)])
        # No terminal: unopkg must never wait for an answer (a licence prompt fails at once).
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL, env=office_environment())

    def readable_copy(self, oxt):
        """A copy of `oxt` that unopkg, running as the profile's owner, can read: the build tree
        may not be readable by other users."""
        copy = os.path.join(self.workdir, os.path.basename(oxt))
        shutil.copyfile(oxt, copy)
        os.chmod(copy, 0o644)
        return copy

    def add_extension(self):
        self.unopkg("add", self.readable_copy(self.oxt))

    def remove_extension(self):
        self.unopkg("remove", "org.goalpost.calc")

    # --- soffice -------------------------------------------------------------------------
    def start(self):
        os.makedirs(self.profile, exist_ok=True)
        if self.install:
            self.add_extension()
            self.install = False
        pipe = "goalpost_" + uuid.uuid4().hex
        self.process = subprocess.Popen(
            [SOFFICE, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "--nolockcheck", "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=office_environment(),
            start_new_session=True)  # its own process group: stop() ends soffice.bin with it
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("soffice did not start")
                time.sleep(0.1)
        self.desktop = self.create("com.sun.star.frame.Desktop")
        return self

    def create(self, service):
        return self.context.ServiceManager.createInstanceWithContext(service, self.context)

    def version(self):
        """The office's version as numbers, (7, 4) or (25, 2): what it writes differs."""
        provider = self.create("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess",
            properties(nodepath="/org.openoffice.Setup/Product"))
        return tuple(int(part) for part in access.getByName("ooSetupVersion").split("."))

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        """Stop the soffice this object started, by its PID, politely first."""
        if self.process is None:
            return
        if self.desktop is not None:
            with contextlib.suppress(Exception):
                self.desktop.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
        # The launcher may leave soffice.bin behind when the office did not terminate (a broken
        # bridge): the whole process group goes, by the PID this object started.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None
        self.desktop = None
        self.context = None

    def restart(self):
        self.stop()
        return self.start()

    def close(self):
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    # --- documents -----------------------------------------------------------------------
    def new_sheet_document(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 properties(Hidden=True))

    def open(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                                                 "_blank", 0, properties(Hidden=True))


def set_cell(cell, value):
    """A number as a value, "="-text as a formula (API grammar), other text as text; None empties
    the cell."""
    if value is None:
        cell.setString("")
    elif isinstance(value, str) and value.startswith("="):
        cell.setFormula(value)
    elif isinstance(value, str):
        cell.setString(value)
    else:
        cell.setValue(value)


def cells_with(document, flags):
    """Every cell of the document whose content is of `flags` (com.sun.star.sheet.CellFlags:
    1 numbers, 16 formulas), sheet by sheet."""
    for sheet in document.Sheets:
        for address in sheet.queryContentCells(flags).RangeAddresses:
            for row in range(address.StartRow, address.EndRow + 1):
                for column in range(address.StartColumn, address.EndColumn + 1):
                    yield sheet.getCellByPosition(column, row)


def save_as(document, path, filter_name="calc8"):
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                        properties(FilterName=filter_name))
