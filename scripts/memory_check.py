#!/usr/bin/python3
"""Memory check (a documented command, not part of ctest; figures in docs/reliability.md).

A 10,000-row workbook of Goalpost formulas (CPL, SMARTSCORE and OBJECTIVECHECK on every row,
30,000 formula cells, 500 distinct objectives so that the parse cache keeps turning over) is
recalculated 100 times in headless Calc with build/goalpost.oxt installed. soffice's resident
memory (VmRSS of soffice.bin in /proc/<pid>/status) is sampled after a warm-up and every 10
recalculations; the check passes when the end is within 5% of the warm-up figure.

    /usr/bin/python3 scripts/memory_check.py [--rows 10000] [--recalcs 100] [--oxt build/goalpost.oxt]
    /usr/bin/python3 scripts/memory_check.py --long-texts   # issue 19: texts up to 8 MB

Debian's /usr/bin/python3 is the one with the uno module (package python3-uno).
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from goalpost_office.office import DEFAULT_OXT, Office  # noqa: E402

TOLERANCE = 0.05
WARM_UP_RECALCS = 5

OBJECTIVES = (
    "Generate {n} leads per month from Google Ads at under ${cap} CPL",
    "Win {n} customers within 6 months",
    "Increase engagement on Instagram by {n}% in the next two quarters",
    "Reduce CPA to below €{cap} on Facebook within 90 days",
    "Generate {n} MQLs per week from LinkedIn, converting 10% into customers within three months",
)


def objective(row):
    template = OBJECTIVES[row % len(OBJECTIVES)]
    return template.format(n=20 + row % 100, cap=15 + row % 7)


def soffice_bin_pid(launcher_pid):
    """The soffice.bin process under the launcher Office started (the soffice script execs
    oosplash, which starts soffice.bin), found through /proc."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        pending, seen = [launcher_pid], set()
        while pending:
            pid = pending.pop()
            seen.add(pid)
            try:
                with open("/proc/%d/comm" % pid) as comm:
                    if comm.read().strip() == "soffice.bin":
                        return pid
            except FileNotFoundError:
                continue
            for entry in os.listdir("/proc"):
                if entry.isdigit() and int(entry) not in seen:
                    try:
                        with open("/proc/%s/stat" % entry) as stat:
                            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                    except (FileNotFoundError, IndexError, ValueError):
                        continue
                    if parent == pid:
                        pending.append(int(entry))
        time.sleep(0.2)
    raise RuntimeError("no soffice.bin under pid %d" % launcher_pid)


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS for pid %d" % pid)


def build_workbook(sheet, rows):
    """Data in A:C by setDataArray; formulas in D:F set on the first row and filled down."""
    data = tuple((objective(row), float(1 + row % 40), float(100 + (row * 37) % 900))
                 for row in range(rows))
    sheet.getCellRangeByName("A1:C%d" % rows).setDataArray(data)
    sheet.getCellRangeByName("D1").setFormula("=CPL(C1;B1)")
    sheet.getCellRangeByName("E1").setFormula("=SMARTSCORE(A1)")
    sheet.getCellRangeByName("F1").setFormula("=OBJECTIVECHECK(A1;B1;28;C1)")
    from com.sun.star.sheet.FillDirection import TO_BOTTOM
    sheet.getCellRangeByName("D1:F%d" % rows).fillAuto(TO_BOTTOM, 1)


LONG_TEXT_LIMIT_MIB = 100


def long_texts(office, pid, function="SMARTSCORE"):
    """Issue 19: texts of every length through SMARTSCORE, each document closed again; soffice's
    resident memory after each, against where it started. Past 10,000 characters a text is
    refused before it is converted; up to 2,048 characters it may stay in the parse cache."""
    document = office.new_sheet_document()
    document.close(True)
    start = rss_kib(pid)
    print("start: VmRSS %.1f MiB" % (start / 1024))
    cases = (("40 texts of 8 MB (refused)", 40, 8 * 1024 * 1024),
             ("300 texts of 9,000 characters (read, not cached)", 300, 9000),
             ("300 texts of 2,000 characters (read and cached)", 300, 2000))
    worst = 0
    for label, count, length in cases:
        document = office.new_sheet_document()
        sheet = document.Sheets.getByIndex(0)
        for row in range(count):
            text = "Win %d customers within 90 days " % (row + 1)
            sheet.getCellByPosition(0, row).setString(text + "x" * (length - len(text)))
            sheet.getCellByPosition(1, row).setFormula("=%s(A%d)" % (function, row + 1))
        started = time.perf_counter()
        document.calculateAll()
        elapsed = time.perf_counter() - started
        document.close(True)
        time.sleep(1)
        now = rss_kib(pid)
        worst = max(worst, now - start)
        print("%-52s recalculated in %.2f s; after closing: VmRSS %.1f MiB (%+.1f MiB)" % (
            label, elapsed, now / 1024, (now - start) / 1024))
    if worst / 1024 > LONG_TEXT_LIMIT_MIB:
        raise SystemExit("FAIL: soffice stayed %.0f MiB above its start" % (worst / 1024))
    print("OK: within %d MiB of the start" % LONG_TEXT_LIMIT_MIB)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--recalcs", type=int, default=100)
    parser.add_argument("--oxt", default=DEFAULT_OXT)
    parser.add_argument("--long-texts", action="store_true",
                        help="the long-text run of issue 19 instead of the recalculation run")
    parser.add_argument("--function", default="SMARTSCORE",
                        help="with --long-texts: the function applied to each text (LEN compares)")
    arguments = parser.parse_args()
    if arguments.long_texts:
        with Office(oxt=arguments.oxt) as office:
            long_texts(office, soffice_bin_pid(office.process.pid), arguments.function)
        return

    with Office(oxt=arguments.oxt) as office:
        pid = soffice_bin_pid(office.process.pid)
        document = office.new_sheet_document()
        sheet = document.Sheets.getByIndex(0)
        build_workbook(sheet, arguments.rows)
        last = arguments.rows
        for column in "DEF":  # the workbook really computes: no errors down to the last row
            cell = sheet.getCellRangeByName("%s%d" % (column, last))
            if cell.getError() != 0:
                raise SystemExit("%s%d shows error %d" % (column, last, cell.getError()))
        print("workbook: %d rows, %d Goalpost formulas; %s%d = %s" % (
            arguments.rows, 3 * arguments.rows, "F", last,
            sheet.getCellRangeByName("F%d" % last).getString()))

        for _ in range(WARM_UP_RECALCS):
            document.calculateAll()
        baseline = rss_kib(pid)
        print("after %d warm-up recalculations: VmRSS %.1f MiB" % (WARM_UP_RECALCS,
                                                                   baseline / 1024))
        start = time.perf_counter()
        samples = []
        for recalc in range(1, arguments.recalcs + 1):
            document.calculateAll()
            if recalc % 10 == 0:
                samples.append(rss_kib(pid))
                print("after %3d recalculations: VmRSS %.1f MiB (%+.2f%%)" % (
                    recalc, samples[-1] / 1024, 100.0 * (samples[-1] - baseline) / baseline))
        elapsed = time.perf_counter() - start
        end = samples[-1]
        growth = (end - baseline) / baseline
        print("%d recalculations in %.1f s (%.0f ms each, %.2f us a formula)" % (
            arguments.recalcs, elapsed, 1000 * elapsed / arguments.recalcs,
            1e6 * elapsed / arguments.recalcs / (3 * arguments.rows)))
        print("VmRSS warm-up %.1f MiB, end %.1f MiB, peak sample %.1f MiB: %+.2f%% (limit %.0f%%)"
              % (baseline / 1024, end / 1024, max(samples) / 1024, 100 * growth,
                 100 * TOLERANCE))
        document.close(True)
        if not office.alive():
            raise SystemExit("soffice died")
    if abs(growth) > TOLERANCE:
        raise SystemExit("FAIL: resident memory is not flat")
    print("OK: flat within %.0f%%" % (100 * TOLERANCE))


if __name__ == "__main__":
    main()
