"""Builds the sample workbooks in samples/ from code, so that they are reproducible and
reviewable. Needs build/goalpost.oxt (Calc must know the functions to store their formulas).

    /usr/bin/python3 samples/build_samples.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "python"))

from goalpost_office.office import REPO, Office, save_as, set_cell  # noqa: E402  (imports uno first)

from com.sun.star.lang import Locale  # noqa: E402

CURRENCY = "[$$-409]#,##0.00"
PERCENT = "0.0%"
RATIO = "0.00"


def number_format(document, pattern):
    formats = document.NumberFormats
    locale = Locale("en", "US", "")
    key = formats.queryKey(pattern, locale, False)
    return key if key != -1 else formats.addNew(pattern, locale)


def fill(sheet, top_left, rows):
    """Writes a block of rows: numbers as values, '='-strings as formulas, other text as text."""
    start = sheet.getCellRangeByName(top_left).getCellAddress()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                set_cell(sheet.getCellByPosition(start.Column + c, start.Row + r), value)


def formats(document, sheet, ranges):
    for address, pattern in ranges:
        sheet.getCellRangeByName(address).NumberFormat = number_format(document, pattern)


def bold(sheet, address):
    sheet.getCellRangeByName(address).CharWeight = 150.0  # com.sun.star.awt.FontWeight.BOLD


def build_quickstart(office, path):
    """A small campaign table that uses every function of the walking skeleton."""
    document = office.new_sheet_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Campaign"
    fill(sheet, "A1", [
        ["Channel", "Spend", "Leads", "Customers", "Revenue", "CPL", "CPA", "CAC", "ROAS",
         "ROI (40% margin)", "Lead to customer"],
        ["Google Ads", 3000, 120, 12, 18000,
         "=CPL(B2;C2)", "=CPA(B2;D2)", "=CAC(B2;D2;1200)", "=ROAS(E2;B2)", "=ROI(E2;B2;0.4)",
         "=CONVRATE(D2;C2)"],
        ["LinkedIn", 2400, 40, 4, 12000,
         "=CPL(B3;C3)", "=CPA(B3;D3)", "=CAC(B3;D3;800)", "=ROAS(E3;B3)", "=ROI(E3;B3;0.4)",
         "=CONVRATE(D3;C3)"],
        ["Email", 600, 40, 4, 4000,
         "=CPL(B4;C4)", "=CPA(B4;D4)", "=CAC(B4;D4)", "=ROAS(E4;B4)", "=ROI(E4;B4;0.4)",
         "=CONVRATE(D4;C4)"],
        ["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D4)", "=SUM(E2:E4)",
         "=CPL(B2:B4;C2:C4)", "=CPA(B2:B4;D2:D4)", "=CAC(B2:B4;D2:D4;2000)",
         "=ROAS(E2:E4;B2:B4)", "=ROI(E2:E4;B2:B4;0.4)", "=CONVRATE(D2:D4;C2:C4)"],
    ])
    fill(sheet, "A8", [
        ["Funnel stage", "Count", "Step rate"],
        ["Visits", 24000, None],
        ["Leads", 480, None],
        ["Qualified leads", 150, None],
        ["Opportunities", 60, None],
        ["Customers", 18, None],
        [None],
        ["Visit to customer", "=FUNNELCONV(B9:B13)"],
        ["Lead to customer", "=FUNNELCONV(B9:B13;2;5)"],
    ])
    sheet.getCellRangeByName("C10:C13").setArrayFormula("=FUNNELSTEPS(B9:B13)")
    # The whole-range form: every row's CPL from one call (an array formula), for long tables.
    fill(sheet, "L1", [["CPL (one call)"]])
    sheet.getCellRangeByName("L2:L4").setArrayFormula("=CPLS(B2:B4;C2:C4)")
    formats(document, sheet, [("B2:B5", CURRENCY), ("E2:H5", CURRENCY), ("I2:I5", RATIO),
                              ("J2:K5", PERCENT), ("C10:C13", "0.00%"), ("B15:B16", "0.00%"),
                              ("L2:L4", CURRENCY)])
    bold(sheet, "A1:L1")
    bold(sheet, "A5:K5")
    bold(sheet, "A8:C8")
    columns = sheet.Columns
    for index in range(12):
        columns.getByIndex(index).OptimalWidth = True
    build_plan_sheet(document)
    build_kpi_sheet(document)
    build_objectives_sheet(document)
    build_plan_structure_sheet(document)
    build_examples_sheet(document)
    document.calculateAll()
    save_as(document, path)
    document.close(True)


def build_plan_sheet(document):
    """From a revenue target back to leads and budget, pacing, and an A/B test read honestly."""
    document.Sheets.insertNewByName("Plan", 1)
    sheet = document.Sheets.getByName("Plan")
    fill(sheet, "A1", [
        ["Revenue target", 90000],
        ["Average deal value", 5000],
        ["Customers needed", "=B1/B2"],
        ["Cost per lead (campaign)", "=$Campaign.F5"],
        [None],
        ["Stage", "Rate to next stage", "Needed"],
        ["Leads", 0.3],
        ["Qualified leads", 0.4],
        ["Opportunities", 0.3],
        ["Customers"],
        [None],
        ["Leads needed", "=LEADSNEEDED(B3;B7:B9)"],
        ["Budget needed", "=BUDGETNEEDED(B3;B7:B9;B4)"],
        [None],
        ["Leads this month, day 12 of 30", 160],
        ["Monthly lead target", 500],
        ["Projected leads (run rate)", "=RUNRATE(B15;12;30)"],
        ["Pace (1 = on pace)", "=PACE(B15;B16;12;30)"],
        [None],
        ["A/B test", "Conversions", "Visitors", "Rate low (95%)", "Rate high (95%)"],
        ["Landing page A", 120, 1000, "=CONVLOW(B21;C21)", "=CONVHIGH(B21;C21)"],
        ["Landing page B", 150, 1000, "=CONVLOW(B22;C22)", "=CONVHIGH(B22;C22)"],
        ["p-value of the difference", "=CONVPVALUE(B21;C21;B22;C22)"],
        ["Visitors per variant to detect +25%", "=SAMPLESIZE(B21/C21;0.25)"],
    ])
    sheet.getCellRangeByName("C7:C10").setArrayFormula("=REVERSEFUNNEL(B3;B7:B9)")
    formats(document, sheet, [("B1:B2", CURRENCY), ("B4", CURRENCY), ("B13", CURRENCY),
                              ("B7:B9", PERCENT), ("B18", RATIO), ("D21:E22", PERCENT),
                              ("B23", "0.0000")])
    bold(sheet, "A6:C6")
    bold(sheet, "A20:E20")
    for index in range(5):
        sheet.Columns.getByIndex(index).OptimalWidth = True


def build_kpi_sheet(document):
    """The rest of the numbers a B2B revenue team computes by hand, with explicit denominators."""
    document.Sheets.insertNewByName("KPIs", 2)
    sheet = document.Sheets.getByName("KPIs")
    fill(sheet, "A1", [
        ["Input", "Value", None, "KPI", "Formula result"],
        ["Total revenue", 34000, None, "MER", "=MER(B2;B3)"],
        ["Total marketing spend", 8000, None, "LTV", "=LTV(B4;B5;B6)"],
        ["ARPA per month", 400, None, "LTV:CAC", "=LTVCAC(E3;$Campaign.H5)"],
        ["Gross margin", 0.8, None, "CAC payback (months)", "=PAYBACK($Campaign.H5;B4;B5)"],
        ["Monthly churn", 0.02, None, "Lead velocity rate", "=LVR(B8;B7)"],
        ["Qualified leads last month", 80, None, "Win rate", "=WINRATE(B9;B10)"],
        ["Qualified leads this month", 92, None, "Win rate incl. open", "=WINRATE(B9;B10;B11)"],
        ["Deals won", 12, None, "Pipeline coverage", "=PIPECOVER(B12;B13)"],
        ["Deals lost", 28, None, "Sales velocity per day", "=SALESVELOCITY(B11;B14;E7;B15)"],
        ["Deals open", 20, None, "CTR", "=CTR(B16;B17)"],
        ["Open pipeline", 180000, None, "CPC", "=CPC($Campaign.B2;B16)"],
        ["Remaining revenue target", 60000, None, "CPM", "=CPM($Campaign.B2;B17)"],
        ["Average deal", 5000, None, "Engagement rate (of reach)", "=ENGRATE(B18;B19)"],
        ["Sales cycle (days)", 45, None, "Monthly growth to double in 12 months",
         "=GROWTHREQ(1;2;12)"],
        ["Clicks", 2400, None, "Leads this month, low (95%)", "=COUNTLOW(B8)"],
        ["Impressions", 160000, None, "Leads this month, high (95%)", "=COUNTHIGH(B8)"],
        ["Engagements", 900, None, "Weakest funnel step", "=WEAKESTSTAGE($Campaign.B9:B13)"],
        ["Reach", 30000, None, "Budget gap", "=BUDGETGAP($Campaign.B5;B20)"],
        ["Budget", 5500],
    ])
    formats(document, sheet, [("B2:B4", CURRENCY), ("B5:B6", PERCENT), ("B12:B14", CURRENCY),
                              ("B20", CURRENCY), ("E2", RATIO), ("E3", CURRENCY), ("E4:E5", RATIO),
                              ("E6:E8", PERCENT), ("E9", RATIO), ("E10", CURRENCY),
                              ("E11", PERCENT), ("E12:E13", CURRENCY), ("E14:E15", PERCENT),
                              ("E16:E17", "0.0"), ("E19", PERCENT)])
    bold(sheet, "A1:E1")
    for index in range(5):
        sheet.Columns.getByIndex(index).OptimalWidth = True


OBJECTIVES = [
    "Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into customers "
    "within three months",
    "Get more leads",
    "Increase engagement on Instagram by 25% in the next two quarters",
    "Win 5 customers outside machinery sales by the end of Q4",
    "Reduce CPA to below €45 on Facebook by 31 December 2027",
]


# Tracking data beside each objective: actual so far (or current value), day, spend.
TRACKING = [(5, 28, 600), (12, 20, 300), (40, 30, 0), (3, 60, 9000), (44, 45, 2000)]


def build_objectives_sheet(document):
    """How SMART each objective is, what it lacks, and what it commits to."""
    document.Sheets.insertNewByName("Objectives", 3)
    sheet = document.Sheets.getByName("Objectives")
    rows = [["Objective", "SMART score", "Relevant?", "Gaps", "Metric", "Tier", "Target",
             "Channel", "Days", "Actual", "Day", "Spend", "Status", "Pace",
             "SMART score (one call)"]]
    for index, (objective, (actual, day, spend)) in enumerate(zip(OBJECTIVES, TRACKING), start=2):
        rows.append([objective, "=SMARTSCORE(A%d)" % index, "=SMARTMET(A%d;\"R\")" % index,
                     "=SMARTGAPS(A%d)" % index, "=OBJECTIVEFIELD(A%d;\"metric\")" % index,
                     "=METRICTIER(E%d)" % index, "=OBJECTIVEFIELD(A%d;\"target\")" % index,
                     "=OBJECTIVEFIELD(A%d;\"channel\")" % index,
                     "=OBJECTIVEFIELD(A%d;\"deadline_days\")" % index, actual, day, spend,
                     "=OBJECTIVECHECK(A%d;J%d;K%d;L%d)" % (index, index, index, index),
                     "=OBJECTIVEPACE(A%d;J%d;K%d)" % (index, index, index)])
    fill(sheet, "A1", rows)
    # The whole-range form: all scores from one call (an array formula), for long lists.
    sheet.getCellRangeByName("O2:O%d" % (len(OBJECTIVES) + 1)).setArrayFormula(
        "=SMARTSCORES(A2:A%d)" % (len(OBJECTIVES) + 1))
    formats(document, sheet, [("C2:C%d" % (len(OBJECTIVES) + 1), "BOOLEAN")])
    formats(document, sheet, [("N2:N%d" % (len(OBJECTIVES) + 1), "0%")])
    bold(sheet, "A1:O1")
    sheet.Columns.getByIndex(0).Width = 9000
    sheet.Columns.getByIndex(3).Width = 12000
    sheet.Columns.getByIndex(12).Width = 12000
    for index in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14):
        sheet.Columns.getByIndex(index).OptimalWidth = True


PLAN = [
    ("Diversify our client portfolio beyond machinery sales", "objective"),
    ("Win 5 customers outside machinery by the end of Q4", "key result"),
    ("Generate 40 qualified leads from the food packaging segment within 6 months",
     "key result"),
    ("Demo requests from food packaging prospects", "success indicator"),
    ("Post on LinkedIn three times a week", "objective"),
    ("Double the leads in 12 months", "key result"),
]


def build_plan_structure_sheet(document):
    """A strategy plan read statement by statement, then audited as a whole."""
    document.Sheets.insertNewByName("Plan structure", 4)
    sheet = document.Sheets.getByName("Plan structure")
    rows = [["Statement", "Intended role", "Reads as"]]
    for index, (statement, kind) in enumerate(PLAN, start=2):
        rows.append([statement, kind, "=STATEMENTKIND(A%d)" % index])
    last = len(PLAN) + 1
    rows += [[None], ["Plan score", "=PLANSCORE(A2:A%d;B2:B%d)" % (last, last)],
             ["Findings", "=PLANAUDIT(A2:A%d;B2:B%d)" % (last, last)]]
    fill(sheet, "A1", rows)
    findings = sheet.getCellRangeByName("B%d" % (last + 3))
    findings.IsTextWrapped = True
    bold(sheet, "A1:C1")
    sheet.Columns.getByIndex(0).Width = 11000
    sheet.Columns.getByIndex(1).Width = 16000
    sheet.Columns.getByIndex(2).OptimalWidth = True


def build_examples_sheet(document):
    """Every catalogue function's own example, read from the generated catalogue: a new function
    appears here by itself when the quickstart is rebuilt. Examples that describe their cells
    ("... with A2 ...") are left to the sheets above, which use those functions on real cells."""
    with open(os.path.join(REPO, "build", "generated", "catalogue.json"), encoding="utf-8") as file:
        functions = json.load(file)["functions"]
    document.Sheets.insertNewByName("Examples", document.Sheets.Count)
    sheet = document.Sheets.getByName("Examples")
    rows = [["Function", "What it gives", "Example", "Result", "Documented result"]]
    reads_cells = re.compile(r"[A-Z]{1,3}[0-9]+:[A-Z]{1,3}[0-9]+")
    examples = [function for function in functions if not reads_cells.search(function["example"])]
    for function in examples:
        rows.append([function["name"], function["summary"], None, function["example"],
                     function["example_result"]])
    fill(sheet, "A1", rows)
    for row, function in enumerate(examples, start=2):  # the formula as text beside its result
        sheet.getCellRangeByName("C%d" % row).setString(function["example"])
    bold(sheet, "A1:E1")
    for index, width in enumerate([4200, 14000, 12000, 6000, 6000]):
        sheet.Columns.getByIndex(index).Width = width


def main():
    with Office() as office:
        build_quickstart(office, os.path.join(HERE, "quickstart.ods"))
    print("wrote", os.path.join(HERE, "quickstart.ods"))


if __name__ == "__main__":
    main()
