"""Goalpost's office tooling, shared by the integration tests, the sample builders and the
measurement scripts: a real headless LibreOffice with a throwaway profile (office), and the
fixture of the Calc tests (calc_case). CMake puts this folder on PYTHONPATH for ctest; the scripts
and sample builders add it themselves, relative to the repository."""
