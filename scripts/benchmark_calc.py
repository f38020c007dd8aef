"""Goalpost against Calc's own formulas, in one run of real headless Calc.

    /usr/bin/python3 scripts/benchmark_calc.py [--repeats 5] [--quick]

Needs build/goalpost.oxt (or GOALPOST_OXT). Installs it into a throwaway profile, builds large
sheets of Goalpost formulas and of their nearest built-in equivalents, recalculates each a few
times (XCalculatable.calculateAll, a hard recalculation) and prints the median times and their
RATIOS. Ratios, not times, are the result: both sides run in the same soffice, on the same
machine, in the same minute. Not a test: timings are measurements (see docs/performance.md).
"""
import argparse
import os
import random
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "python"))

import uno  # noqa: E402,F401  (Debian's /usr/bin/python3)
from goalpost_office.office import Office, properties, save_as  # noqa: E402

from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402

# --- varied objectives, generated from templates so that the parse cache cannot make it trivial
VERBS = ["Generate", "Get", "Book", "Win", "Grow", "Increase", "Reduce", "Double", "Drive",
         "Add"]
METRICS = ["leads", "qualified leads", "MQLs", "SQLs", "customers", "demo requests", "sign-ups",
           "revenue", "pipeline", "engagement", "impressions", "trials", "CPA", "CPL", "MRR"]
CHANNELS = ["from Google Ads", "on LinkedIn", "from email", "on Instagram", "on Facebook",
            "from webinars", "in the UK", "from partners", "", ""]
TIMES = ["per month", "within 90 days", "within three months", "by the end of Q4",
         "by 31 December 2027", "in the next two quarters", "this year", "", "by June 30",
         "within 6 months"]
EXTRAS = ["", "", "at under $20 CPL", ", converting 10% into customers", "for enterprise accounts",
          "outside machinery sales"]
REPEATED = ("Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into "
            "customers within three months")


def objectives(count, seed=7):
    rng = random.Random(seed)
    seen, result = set(), []
    while len(result) < count:
        number = rng.choice([str(rng.randint(2, 5000)), "%d%%" % rng.randint(5, 80),
                             "$%dk" % rng.randint(5, 500), "more", "1,%03d" % rng.randint(0, 999)])
        text = " ".join(part for part in (
            rng.choice(VERBS), number, rng.choice(METRICS), rng.choice(CHANNELS),
            rng.choice(EXTRAS), rng.choice(TIMES)) if part).replace(" ,", ",")
        if text not in seen:
            seen.add(text)
            result.append(text)
    return result


# Five built-in checks standing in for the five SMART criteria (a deliberately cheap rubric).
REGEX_SCORE = (
    '=NOT(ISNA(REGEX({a};"(?i)(google|linkedin|email|instagram|facebook|webinar|partner|uk|'
    'enterprise)")))'
    '+NOT(ISNA(REGEX({a};"[0-9]")))'
    '+NOT(ISNA(REGEX({a};"(?i)^(?!.*(double|10x)).*$")))'
    '+NOT(ISNA(REGEX({a};"(?i)(qualified|customer|revenue|pipeline|sql|mrr)")))'
    '+NOT(ISNA(REGEX({a};"(?i)(per month|within|by |next|this year|q[1-4])")))')


# --- sheet helpers -------------------------------------------------------------------------
def put_columns(sheet, first_column, columns):
    """Writes data (not formulas) column by column, in chunks: setDataArray stays linear."""
    rows = len(columns[0])
    for start in range(0, rows, 10000):
        end = min(rows, start + 10000)
        block = tuple(tuple(column[row] for column in columns) for row in range(start, end))
        target = sheet.getCellRangeByPosition(first_column, start,
                                              first_column + len(columns) - 1, end - 1)
        target.setDataArray(block)


def fill_formula(sheet, column, rows, formula):
    """One formula in the first row, filled down with fillAuto (setFormulaArray is quadratic)."""
    sheet.getCellByPosition(column, 0).setFormula(formula)
    if rows > 1:
        sheet.getCellRangeByPosition(column, 0, column, rows - 1).fillAuto(TO_BOTTOM, 1)


def check_results(sheet, label):
    """The last column holds the formulas: its first rows must be numbers or #N/A, never
    #NAME? or another error that would make a comparison meaningless."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    column = cursor.getRangeAddress().EndColumn
    for row in range(3):
        error = sheet.getCellByPosition(column, row).getError()
        if error not in (0, 32767):
            raise RuntimeError("%s: row %d shows error %d" % (label, row + 1, error))


class Bench:
    def __init__(self, office, repeats):
        self.office = office
        self.repeats = repeats
        self.results = []  # (label, goalpost median, built-in median, note)

    def document(self):
        document = self.office.new_sheet_document()
        document.enableAutomaticCalculation(False)
        return document

    def compare(self, label, build_goalpost, build_builtin, rows, note=""):
        """Both sheets built first, then their recalculations alternated, so that both sides
        see the same machine load; the medians of `repeats` hard recalculations each."""
        documents = []
        for build in (build_goalpost, build_builtin):
            document = self.document()
            build(document.Sheets.getByIndex(0))
            document.calculateAll()  # warm: first compilation, interpreter caches
            check_results(document.Sheets.getByIndex(0), label)
            documents.append(document)
        times = ([], [])
        for _ in range(self.repeats):
            for document, samples in zip(documents, times):
                start = time.perf_counter()
                document.calculateAll()
                samples.append(time.perf_counter() - start)
        for document in documents:
            document.close(True)
        self.report(label, statistics.median(times[0]), statistics.median(times[1]), rows, note)

    def report(self, label, goalpost, builtin, rows, note=""):
        self.results.append((label, goalpost, builtin, rows, note))
        print("%-58s %9.1f ms %9.1f ms %6.2fx  %6.2f us/row  %s" % (
            label, goalpost * 1e3, builtin * 1e3, goalpost / builtin, goalpost / rows * 1e6,
            note), flush=True)


# --- the comparisons -----------------------------------------------------------------------
def metric_data(rows, seed=11):
    rng = random.Random(seed)
    spend = [float(rng.randint(0, 5000)) for _ in range(rows)]
    leads = [float(rng.randint(0, 200)) if rng.random() > 0.02 else 0.0 for _ in range(rows)]
    return spend, leads


def bench_cpl(bench, rows):
    spend, leads = metric_data(rows)

    def goalpost(sheet):
        put_columns(sheet, 0, [spend, leads])
        fill_formula(sheet, 2, rows, "=CPL(A1;B1)")

    def builtin(sheet):
        put_columns(sheet, 0, [spend, leads])
        fill_formula(sheet, 2, rows, "=IF(B1=0;NA();A1/B1)")

    def cpls(sheet):
        put_columns(sheet, 0, [spend, leads])
        sheet.getCellRangeByPosition(2, 0, 2, rows - 1).setArrayFormula(
            "=CPLS(A1:A%d;B1:B%d)" % (rows, rows))

    bench.compare("CPL, %d rows: =CPL(A;B) vs =IF(B=0;NA();A/B)" % rows, goalpost, builtin, rows)
    def ltvcac(sheet):
        put_columns(sheet, 0, [spend, leads])
        fill_formula(sheet, 2, rows, "=LTVCAC(A1;B1)")

    bench.compare("floor: LTVCAC(A;B), two double arguments, vs the built-in", ltvcac, builtin,
                  rows, "same division, no range support")
    bench.compare("CPLS, one call over %d rows vs the built-in" % rows, cpls, builtin, rows,
                  "array formula")
    bench.compare("CPLS, one call vs %d calls of =CPL(A;B)" % rows, cpls, goalpost, rows,
                  "whole-range vs per-row")


def bench_funnelconv(bench, rows):
    rng = random.Random(5)
    stages = []
    for _ in range(rows):
        top = float(rng.randint(1, 100000))
        column = [top]
        for _ in range(4):
            column.append(float(int(column[-1] * rng.uniform(0.05, 0.6))))
        stages.append(column)
    columns = [[row[i] for row in stages] for i in range(5)]

    def goalpost(sheet):
        put_columns(sheet, 0, columns)
        fill_formula(sheet, 5, rows, "=FUNNELCONV(A1:E1)")

    def builtin(sheet):
        put_columns(sheet, 0, columns)
        fill_formula(sheet, 5, rows, "=IF(A1=0;NA();E1/A1)")

    bench.compare("FUNNELCONV, %d rows: =FUNNELCONV(A:E) vs =IF(A=0;NA();E/A)" % rows,
                  goalpost, builtin, rows)


def bench_smartscore(bench, count):
    varied = objectives(count)
    repeated = [REPEATED] * count

    def with_texts(texts, formula, array=False):
        def build(sheet):
            put_columns(sheet, 0, [texts])
            if array:
                sheet.getCellRangeByPosition(1, 0, 1, count - 1).setArrayFormula(formula)
            else:
                fill_formula(sheet, 1, count, formula)
        return build

    regex = REGEX_SCORE.format(a="A1")
    bench.compare("SMARTSCORE, %d varied objectives vs five REGEX()" % count,
                  with_texts(varied, "=SMARTSCORE(A1)"), with_texts(varied, regex), count)
    bench.compare("SMARTSCORE, %d copies of one objective vs five REGEX()" % count,
                  with_texts(repeated, "=SMARTSCORE(A1)"), with_texts(repeated, regex), count,
                  "parse cache hits")
    scores = "=SMARTSCORES(A1:A%d)" % count
    bench.compare("SMARTSCORES, one call over %d varied vs five REGEX()" % count,
                  with_texts(varied, scores, array=True), with_texts(varied, regex), count,
                  "array formula")
    bench.compare("SMARTSCORES, one call vs %d calls of =SMARTSCORE(A)" % count,
                  with_texts(varied, scores, array=True), with_texts(varied, "=SMARTSCORE(A1)"),
                  count, "whole-range vs per-row")


def bench_objectivecheck(bench, count):
    """OBJECTIVECHECK per cell against LibreOffice's own Analysis add-in (QUOTIENT): the same UNO
    bridge and call cost, so the ratio shows what the judgement itself adds."""
    rng = random.Random(3)
    varied = objectives(count)
    actual = [float(rng.randint(0, 400)) for _ in range(count)]
    days = [float(rng.randint(1, 120)) for _ in range(count)]

    def check(sheet):
        put_columns(sheet, 0, [varied, actual, days])
        fill_formula(sheet, 3, count, "=OBJECTIVECHECK(A1;B1;C1)")

    def quotient(sheet):
        put_columns(sheet, 0, [varied, actual, days])
        fill_formula(sheet, 3, count, "=QUOTIENT(B1;C1)")

    bench.compare("OBJECTIVECHECK, %d varied objectives vs =QUOTIENT(B;C)" % count, check,
                  quotient, count, "target: within 3x")


def bench_experiments_and_pacing(bench, count):
    """Issue 17's functions per cell against QUOTIENT (the Analysis add-in: the same UNO bridge),
    on varied inputs: an A/B test's counts, a month's spend. Target: within 3x."""
    rng = random.Random(17)
    trials_a = [float(rng.randint(1000, 20000)) for _ in range(count)]
    trials_b = [float(rng.randint(1000, 20000)) for _ in range(count)]
    conversions_a = [float(rng.randint(10, int(t * 0.08))) for t in trials_a]
    conversions_b = [float(rng.randint(10, int(t * 0.08))) for t in trials_b]
    spend = [float(rng.randint(1000, 30000)) for _ in range(count)]
    days = [float(rng.randint(1, 29)) for _ in range(count)]
    columns = [conversions_a, trials_a, conversions_b, trials_b, spend, days]
    cases = [("PROBBEATS", "=PROBBEATS(A1;B1;C1;D1)"), ("EXPECTEDLOSS", "=EXPECTEDLOSS(A1;B1;C1;D1)"),
             ("SRMPVALUE", "=SRMPVALUE(B1:D1)"), ("SAMPLESIZE", "=SAMPLESIZE(A1/B1;0.1;;;3)"),
             ("MINLIFT", "=MINLIFT(A1/B1;B1)"), ("TESTDAYS", "=TESTDAYS(A1/B1;0.1;D1)"),
             ("SPENDFORECAST", "=SPENDFORECAST(E1;F1;30)"), ("DAILYBUDGET", "=DAILYBUDGET(40000;E1;F1;30)"),
             ("PACINGSTATUS", "=PACINGSTATUS(40000;E1;F1;30)")]
    for name, formula in cases:
        def goalpost(sheet, formula=formula):
            put_columns(sheet, 0, columns)
            fill_formula(sheet, 6, count, formula)

        def quotient(sheet):
            put_columns(sheet, 0, columns)
            fill_formula(sheet, 6, count, "=QUOTIENT(B1;A1)")

        bench.compare("%s, %d varied rows vs =QUOTIENT(B;A)" % (name, count), goalpost, quotient,
                      count, "target: within 3x")


# The objective-audit workbook: per objective its score, gaps, metric, target and status.
AUDIT_GOALPOST = [
    "=SMARTSCORE(A{r})",
    "=SMARTGAPS(A{r})",
    "=OBJECTIVEFIELD(A{r};\"metric\")",
    "=OBJECTIVEFIELD(A{r};\"target\")",
    "=OBJECTIVECHECK(A{r};B{r};C{r})",
]
AUDIT_BUILTIN = [
    REGEX_SCORE.format(a="A{r}"),
    '=IF(ISNA(REGEX(A{r};"(?i)(per month|within|by |next|this year|q[1-4])"));'
    '"T: no deadline";"")&IF(ISNA(REGEX(A{r};"[0-9]"));"; M: no number";"")',
    '=IFNA(REGEX(A{r};"(?i)(qualified leads|leads|mqls|sqls|customers|revenue|pipeline|'
    'engagement|impressions|trials|sign-ups|demo requests|cpa|cpl|mrr)");"")',
    '=IFERROR(VALUE(SUBSTITUTE(REGEX(A{r};"[0-9][0-9,]*");",";""));NA())',
    '=IF(ISERROR(D{r}+0);"no target";IF(B{r}>=D{r}*C{r}/90;"on track";"behind"))',
]


def audit_workbook(office, path, count, formulas):
    texts = objectives(count, seed=21)
    rng = random.Random(3)
    document = office.new_sheet_document()
    document.enableAutomaticCalculation(False)
    sheet = document.Sheets.getByIndex(0)
    put_columns(sheet, 0, [texts, [float(rng.randint(0, 400)) for _ in range(count)],
                           [float(rng.randint(1, 89)) for _ in range(count)]])
    for index, formula in enumerate(formulas):
        fill_formula(sheet, 3 + index, count, formula.format(r=1))
    document.calculateAll()
    save_as(document, path)
    document.close(True)


def always_recalculate_on_load(office):
    """Tools > Options > Calc > Formula > Recalculation on file load: Always (0), for ODF and
    OOXML, in this throwaway profile only."""
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        properties(nodepath="/org.openoffice.Office.Calc/Formula/Load"))
    access.setPropertyValue("ODFRecalcMode", 0)
    access.setPropertyValue("OOXMLRecalcMode", 0)
    access.commitChanges()


def bench_audit_open(bench, count, workdir):
    always_recalculate_on_load(bench.office)
    urls = []
    for name, formulas in (("goalpost", AUDIT_GOALPOST), ("builtin", AUDIT_BUILTIN)):
        path = os.path.join(workdir, "audit-%s.ods" % name)
        audit_workbook(bench.office, path, count, formulas)
        urls.append(uno.systemPathToFileUrl(path))
    times = ([], [])
    for attempt in range(bench.repeats + 1):  # the first round warms the loader
        for index, (url, samples) in enumerate(zip(urls, times)):
            start = time.perf_counter()
            document = bench.office.desktop.loadComponentFromURL(url, "_blank", 0,
                                                                 properties(Hidden=True))
            elapsed = time.perf_counter() - start
            if attempt == 0:
                check_results(document.Sheets.getByIndex(0), "audit workbook %d" % index)
            document.close(True)
            if attempt > 0:
                samples.append(elapsed)
    bench.report("Open the %d-row objective audit workbook (recalc on load)" % count,
                 statistics.median(times[0]), statistics.median(times[1]), count,
                 "5 Goalpost vs 5 built-in formulas per row")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a tenth of the rows")
    parser.add_argument("--only", choices=["cpl", "funnel", "smart", "check", "audit", "issue17"],
                        help="run one group of comparisons")
    arguments = parser.parse_args()
    scale = 10 if arguments.quick else 1
    print("%-58s %12s %12s %7s" % ("comparison (median of %d)" % arguments.repeats, "Goalpost",
                                   "built-in", "ratio"))
    with Office() as office, tempfile.TemporaryDirectory(prefix="goalpost-bench-") as workdir:
        bench = Bench(office, arguments.repeats)
        groups = [("cpl", lambda: bench_cpl(bench, 100000 // scale)),
                  ("funnel", lambda: bench_funnelconv(bench, 100000 // scale)),
                  ("smart", lambda: bench_smartscore(bench, 10000 // scale)),
                  ("check", lambda: bench_objectivecheck(bench, 10000 // scale)),
                  ("audit", lambda: bench_audit_open(bench, 10000 // scale, workdir)),
                  ("issue17", lambda: bench_experiments_and_pacing(bench, 10000 // scale))]
        for name, run in groups:
            if arguments.only in (None, name):
                run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
