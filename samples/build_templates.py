"""Builds the template workbooks in samples/ from code, so that they are reproducible and
reviewable: a budget planner, an objective audit and a campaign tracker. Each is a tool to copy
and fill in, not a demo. Needs build/goalpost.oxt (Calc must know the functions to store them).

    /usr/bin/python3 samples/build_templates.py

Formulas are written in the API grammar: English names, ';' between arguments.
"""
import os
import sys

# build_samples puts python/ on sys.path and imports uno first.
from build_samples import CURRENCY, PERCENT, RATIO, bold, fill, formats

from goalpost_office.office import Office, properties, save_as  # noqa: E402

from com.sun.star.awt import Rectangle  # noqa: E402
from com.sun.star.sheet.ConditionOperator import FORMULA  # noqa: E402
from com.sun.star.table import CellRangeAddress  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MONEY = "[$$-409]#,##0"
COUNT = "#,##0"
GENERAL = "#,##0.###"  # 62,000 and 0.025 alike

# Fill colours (0xRRGGBB) of the input cells and the status styles.
INPUT = 0xFFF2CC   # pale yellow: type your numbers here
HEADER = 0xDDE7F0  # pale blue


def title(sheet, address, text, note):
    cell = sheet.getCellRangeByName(address)
    cell.setString(text)
    cell.CharHeight = 14.0
    cell.CharWeight = 150.0
    below = sheet.getCellByPosition(cell.CellAddress.Column, cell.CellAddress.Row + 1)
    below.setString(note)
    below.CharPosture = 2  # com.sun.star.awt.FontSlant.ITALIC


def shade(sheet, address, color):
    sheet.getCellRangeByName(address).CellBackColor = color


def header(sheet, address):
    bold(sheet, address)
    shade(sheet, address, HEADER)


def widths(sheet, columns):
    """Column widths in 1/100 mm; None for the optimal width."""
    for index, width in enumerate(columns):
        column = sheet.Columns.getByIndex(index)
        if width is None:
            column.OptimalWidth = True
        else:
            column.Width = width


def one_page_landscape(document, sheet, pages_down=1):
    """Prints (and exports to PDF) the sheet on one landscape page wide, `pages_down` pages high
    (0: as many as the rows need)."""
    style = document.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    width, height = style.Width, style.Height
    style.IsLandscape = True
    style.Width, style.Height = max(width, height), min(width, height)
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = pages_down


# --- the budget planner ------------------------------------------------------------------------

CHANNEL_CAPACITY = 12  # channel rows of the budget planner, the examples first

FUNNEL_STAGES = [("Leads", 0.4), ("Marketing qualified leads", 0.5), ("Sales qualified leads", 0.5),
                 ("Opportunities", 0.25), ("Customers", None)]

# Channel, last quarter's spend and leads (for its CPL), share of the new customers it should bring.
CHANNELS = [("Google Ads", 24000, 600, 0.4), ("LinkedIn Ads", 27000, 300, 0.3),
            ("Content and SEO", 6000, 400, 0.2), ("Events", 15000, 100, 0.1)]


def build_budget_planner(office, path):
    """From a revenue target and a deal value back through the funnel to leads and budget."""
    document = office.new_sheet_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Budget plan"
    title(sheet, "A1", "Marketing budget planner",
          "Type into the yellow cells: the target, the deal value, the funnel's rates and each "
          "channel's last quarter. Everything else follows.")
    # A missing or impossible input shows one hint beside it (column D of the inputs, J of the
    # channels); what depends on it stays blank instead of a cascade of Err:502 and #DIV/0!.
    fill(sheet, "A4", [
        ["Revenue target (quarter)", 600000, None,
         '=IF(ISNUMBER(B4);IF(B4>0;"";"← a target above 0");"← enter the revenue target")'],
        ["Average deal value", 12000, None,
         '=IF(ISNUMBER(B5);IF(B5>0;"";"← a deal value above 0");"← enter the average deal value")'],
        ["Customers needed", '=IF(AND(ISNUMBER(B4);ISNUMBER(B5));IF(AND(B4>0;B5>0);'
                             'ROUNDUP(B4/B5;0);"");"")'],
        ["Budget available", 110000],
    ])
    # The funnel is usable when its four rates are there and each is a share (0-100%).
    funnel_ok = "AND(COUNT($B$10:$B$13)=4;COUNTIF($B$10:$B$13;\">0\")=4;COUNTIF($B$10:$B$13;\"<=1\")=4;ISNUMBER($B$6))"
    fill(sheet, "A9", [["Funnel stage", "Rate to next stage", "Needed this quarter", "Check"]] +
         [[name, rate, None, None] for name, rate in FUNNEL_STAGES])
    for row in range(10, 14):
        sheet.getCellRangeByName("D%d" % row).setFormula(
            '=IF(ISBLANK(B{0});"← enter this stage\'s rate, e.g. 40%";IF(AND(ISNUMBER(B{0});'
            'B{0}>0;B{0}<=1);"";"← a rate between 0% and 100%"))'.format(row))
    # The whole funnel as one array formula: leads first, customers last.
    sheet.getCellRangeByName("C10:C14").setArrayFormula(
        '=IF(%s;REVERSEFUNNEL(B6;B10:B13);"")' % funnel_ok)
    fill(sheet, "A15", [
        ["Leads needed", '=IF(%s;LEADSNEEDED(B6;B10:B13);"")' % funnel_ok],
        ["Lead to customer", '=IF(%s;FUNNELCONV(C10:C14);"")' % funnel_ok],
    ])
    # CHANNEL_CAPACITY rows ready: a channel typed in a blank row is planned and totalled at once.
    first, last = 19, 18 + CHANNEL_CAPACITY
    rows = [["Channel", "Last quarter spend", "Last quarter leads", "CPL", "Share of customers",
             "Customers", "Leads needed", "Budget needed", "Budget per month", "Check"]]
    for index in range(CHANNEL_CAPACITY):
        row = first + index
        channel, spend, leads, share = CHANNELS[index] if index < len(CHANNELS) else (None,) * 4
        named = '=IF($A{0}="";"";'.format(row)
        rows.append([channel, spend, leads,
                     named + 'IF(AND(ISNUMBER(B{0});ISNUMBER(C{0}));IF(C{0}>0;CPL(B{0};C{0});"");""))'.format(row),
                     share,
                     named + 'IF(AND(ISNUMBER($B$6);ISNUMBER(E{0}));$B$6*E{0};""))'.format(row),
                     named + 'IF(AND({1};ISNUMBER(F{0}));LEADSNEEDED(F{0};$B$10:$B$13);""))'.format(row, funnel_ok),
                     named + 'IF(AND(ISNUMBER(G{0});ISNUMBER(D{0}));BUDGETNEEDED(F{0};$B$10:$B$13;D{0});""))'.format(row),
                     named + 'IF(ISNUMBER(H{0});H{0}/3;""))'.format(row),
                     named + 'IF(OR(ISBLANK(B{0});ISBLANK(C{0}));"← enter last quarter\'s spend and leads";'
                     'IF(C{0}=0;"no leads last quarter: its CPL, and so its budget, is unknown";"")))'.format(row)])
    span = "{0}%d:{0}%d" % (first, last)
    rows.append(["Total"] + ["=SUM(%s)" % (span.format(c)) for c in "BC"] +
                ['=IF(SUM(%s)>0;CPL(SUM(%s);SUM(%s));"")' % (span.format("C"), span.format("B"),
                                                             span.format("C"))] +
                ["=SUM(%s)" % (span.format(c)) for c in "EFGHI"] +
                # the customers are shared out in full, or the plan misses (or overshoots) them
                ['=IF(ROUND(E{0};4)=1;"";"← the shares of customers add up to "&TEXT(E{0};"0%")&", '
                 'not 100%")'.format(last + 1)])
    fill(sheet, "A18", rows)
    total = last + 1
    fill(sheet, "A%d" % (total + 2), [
        ["Planned blended CPL", '=IF(G{0}>0;CPL(H{0};G{0});"")'.format(total)],
        ["Budget gap (+ is over the budget available)",
         '=IF(AND(H{0}>0;ISNUMBER(B7);B7>0);BUDGETGAP(H{0};B7);"")'.format(total)],
        ["Planned ROAS", '=IF(AND(H{0}>0;ISNUMBER(B4));ROAS(B4;H{0});"")'.format(total)],
    ])
    formats(document, sheet, [
        ("B4:B5", MONEY), ("B6", COUNT), ("B7", MONEY), ("B10:B13", PERCENT),
        ("C10:C14", COUNT), ("B15", COUNT), ("B16", "0.00%"),
        ("B19:B%d" % total, MONEY), ("C19:C%d" % total, COUNT), ("D19:D%d" % total, CURRENCY),
        ("E19:E%d" % total, "0%"), ("F19:G%d" % total, COUNT), ("H19:I%d" % total, MONEY),
        ("B%d" % (total + 2), CURRENCY), ("B%d" % (total + 3), PERCENT),
        ("B%d" % (total + 4), RATIO)])
    for address in ("B4:B5", "B7", "B10:B13", "A19:C%d" % last, "E19:E%d" % last):
        shade(sheet, address, INPUT)
    header(sheet, "A9:D9")
    header(sheet, "A18:J18")
    bold(sheet, "A%d:I%d" % (total, total))
    bold(sheet, "A15:B15")
    widths(sheet, [8600] + [None] * 9)
    one_page_landscape(document, sheet)
    build_pacing_sheet(document)
    document.calculateAll()
    save_as(document, path)
    document.close(True)


# --- the objective audit -----------------------------------------------------------------------

# Objective as written, then its tracking data: actual so far (a count, or today's value of a
# rate or cost), days since it started, spend, conversions, baseline. None leaves a cell blank.
AUDIT = [
    ("Generate 30 leads per month from Google Ads at under $20 CPL", 28, 28, 500, None, None),
    ("Win 5 customers within 6 months", 2, 90, None, None, None),
    ("Get more leads", 12, 20, 300, None, None),
    # A flow with a relative target: actual is the running total since the start, baseline the
    # level per month before it (100 engagements a month); 330 by day 90 is 110 a month.
    ("Increase engagement on Instagram by 25% in the next two quarters", 330, 90, None, None, 100),
    ("Reduce CPA to below €45 on Facebook within 90 days", 44, 45, None, None, None),
    ("Generate 200 MQLs from LinkedIn Ads within 90 days at under $80 CPL", 60, 45, 6000, None,
     None),
    ("Increase conversion rate from 2% to 3% within 90 days", 0.025, 45, None, None, None),
    ("Book 40 demos per month from organic search", 10, 5, None, None, None),
    ("Grow MRR from $50,000 to $80,000 within 12 months", 62000, 180, None, None, None),
    ("Generate 30 leads per month from Google Ads at under $20 CPL, converting 10% into "
     "customers within three months", 60, 60, 1000, 0, None),
    ("Keep monthly churn below 2% this quarter", 0.018, 30, None, None, None),
    ("Close $250,000 in new revenue from partner referrals this quarter", 260000, 80, None, None,
     None),
]

# The status a cell begins with, the name of its cell style and its colours (background, text).
STATUS_STYLES = [
    ("OFF TRACK", "Goalpost Off Track", 0xF4CCCC, 0x990000),
    ("AT RISK", "Goalpost At Risk", 0xFCE5CD, 0x7F4F00),
    ("ON TRACK", "Goalpost On Track", 0xD9EAD3, 0x274E13),
    ("ACHIEVED", "Goalpost Achieved", 0xB6D7A8, 0x274E13),
    ("TOO EARLY", "Goalpost Too Early", 0xEFEFEF, 0x434343),
    ("NOT MEASURABLE", "Goalpost Not Measurable", 0xEFEFEF, 0x666666),
]


def status_styles(document):
    styles = document.StyleFamilies.getByName("CellStyles")
    for _, name, background, text in STATUS_STYLES:
        if not styles.hasByName(name):
            styles.insertByName(name, document.createInstance("com.sun.star.style.CellStyle"))
        style = styles.getByName(name)
        style.CellBackColor = background
        style.CharColor = text
        style.CharWeight = 150.0


def color_by_status(sheet, address, status_column):
    """Conditional formatting: each cell of `address` takes the style of its row's status. A
    formula condition, relative to the range's top-left cell, so the whole row can be coloured."""
    target = sheet.getCellRangeByName(address)
    first_row = target.RangeAddress.StartRow + 1  # relative to SourcePosition, the top-left cell
    entries = target.ConditionalFormat
    entries.clear()
    for status, style, _, _ in STATUS_STYLES:
        entries.addNew(properties(
            Operator=FORMULA, StyleName=style, SourcePosition=target.getCellByPosition(0, 0).CellAddress,
            Formula1='LEFT($%s%d;%d)="%s"' % (status_column, first_row, len(status), status)))
    target.ConditionalFormat = entries


AUDIT_HEADER = ["Objective", "SMART score", "What it lacks", "Metric", "Tier", "Target", "Channel",
                "Days", "Actual", "Day", "Spend", "Conversions", "Baseline", "Status", "Pace"]


# Rows of formulas ready below the examples: an objective typed in any of them is judged at once,
# with no formula to copy; a row without an objective stays blank. Chosen over whole-column
# references (which Calc caps to the used area but Excel does not) and database ranges (which
# .xlsx turns into tables): plain ranges survive .ods and .xlsx alike. Measured on the build
# machine (headless Calc 7.4, five full recalculations of the workbook, three alternated runs):
# 5.9-7.2 ms with the 200 rows against 2.9-3.0 ms with the twelve examples alone.
AUDIT_CAPACITY = 200


def given(cell):
    """A tracking cell as an optional argument: blank stays "not given" (an empty text), never 0."""
    return 'IF({0}="";"";{0})'.format(cell)


def audit_rows(entries, first, capacity=None):
    """The header and one row per objective from row `first` on, `capacity` rows in all (the
    examples, then blank rows with the same formulas). Each column is one plain formula that
    fills down: blank objective, blank row."""
    rows = [AUDIT_HEADER]
    capacity = capacity or len(entries)
    for index in range(capacity):
        row = first + index
        objective, *tracking = entries[index] if index < len(entries) else (None,) * 6
        blank = '=IF($A{0}="";"";'.format(row)
        baseline = given("M%d" % row)
        field = blank + 'IFNA(OBJECTIVEFIELD(A{0};"%s");"—"))'.format(row)
        status = blank + "OBJECTIVECHECK(A{0};I{0};J{0};{1};{2};{3}))".format(
            row, given("K%d" % row), given("L%d" % row), baseline)
        rows.append([objective, blank + "SMARTSCORE(A%d;%s))" % (row, baseline),
                     blank + "SMARTGAPS(A%d;%s))" % (row, baseline), field % "metric",
                     blank + 'IFNA(METRICTIER(D%d);"—"))' % row, field % "target",
                     field % "channel", field % "deadline_days"] +
                    list(tracking) +
                    # the pace where there is one; the status says why there is none (day 0)
                    [status, blank + 'IFERROR(OBJECTIVEPACE(A{0};I{0};J{0};{1});""))'.format(row, baseline)])
    return rows


# Objectives as German, French and Spanish teams write them, with the same tracking columns:
# Goalpost reads each in its language and answers in it; the status keyword stays English so
# that the colours and counts work for every row (docs/languages.md).
AUDIT_IN_LANGUAGES = [
    ("30 Leads pro Monat über Google Ads mit einem CPL unter 20 € generieren", 28, 28, 500, None,
     None),
    ("Umsatz im Onlineshop innerhalb von 6 Monaten um 20 % steigern", 250000, 90, None, None,
     100000),
    ("Réduire le CPA sous 45 € sur Facebook d'ici 90 jours", 44, 45, None, None, None),
    ("Générer 200 MQL via LinkedIn Ads en 90 jours", 60, 45, None, None, None),
    ("Mantener el churn mensual por debajo del 2 % este trimestre", 0.018, 30, None, None, None),
    ("Conseguir 5 clientes nuevos en 6 meses", 2, 90, None, None, None),
]


def build_languages_sheet(document):
    """The audit's columns for objectives in German, French and Spanish."""
    document.Sheets.insertNewByName("Languages", document.Sheets.Count)
    sheet = document.Sheets.getByName("Languages")
    title(sheet, "A1", "Objectives in German, French and Spanish",
          "Ziele auf Deutsch, objectifs en français, objetivos en español: each is read in its own "
          "language, and SMARTGAPS and the status reason answer in it. Numbers as the language "
          "writes them (1.500 = 1500 in German and Spanish, 1 500 in French).")
    first = 5
    last = first + len(AUDIT_IN_LANGUAGES) - 1
    fill(sheet, "A4", audit_rows(AUDIT_IN_LANGUAGES, first))
    color_by_status(sheet, "N%d:O%d" % (first, last), "N")
    formats(document, sheet, [("O%d:O%d" % (first, last), "0%"),
                              ("F%d:F%d" % (first, last), GENERAL),
                              ("I%d:I%d" % (first, last), GENERAL),
                              ("M%d:M%d" % (first, last), GENERAL)])
    shade(sheet, "A%d:A%d" % (first, last), INPUT)
    shade(sheet, "I%d:M%d" % (first, last), INPUT)
    header(sheet, "A4:O4")
    for address in ("A%d:A%d" % (first, last), "C%d:C%d" % (first, last),
                    "N%d:N%d" % (first, last)):
        sheet.getCellRangeByName(address).IsTextWrapped = True
    sheet.getCellRangeByName("A%d:O%d" % (first, last)).VertJustify = 1  # TOP
    widths(sheet, [7500, None, 11000] + [None] * 10 + [10000, None])
    for row in range(first - 1, last):
        sheet.Rows.getByIndex(row).OptimalHeight = True
    one_page_landscape(document, sheet)


def build_objective_audit(office, path):
    """A column of objectives: how SMART each is, what it commits to, and where it stands."""
    document = office.new_sheet_document()
    status_styles(document)
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Objective audit"
    title(sheet, "A1", "Objective audit",
          "One objective per row as it was written, and its tracking data in the yellow columns "
          "(leave a cell blank when you do not track it). Actual: the total so far for a count "
          "(leads, engagements), today's value for a rate, cost or MRR. Baseline: the value "
          "before the objective; for a relative change of a count, its level per month. "
          "Percentages as percentages: 2.5% is 0.025.")
    first = 5
    last = first + AUDIT_CAPACITY - 1
    fill(sheet, "A4", audit_rows(AUDIT, first, AUDIT_CAPACITY))
    # The summary beside the list, so the list can grow downwards: every count covers all rows.
    fill(sheet, "Q4", [["Status", "Objectives"]] + [
        [status, '=SUMPRODUCT(LEFT($N${0}:$N${1};LEN(Q{2}))=Q{2})'.format(first, last, row)]
        for row, (status, _, _, _) in enumerate(STATUS_STYLES, start=5)] + [
        ["Average SMART score", "=IFERROR(AVERAGE(B%d:B%d);\"\")" % (first, last)]])
    for row, (_, style, _, _) in enumerate(STATUS_STYLES, start=5):
        sheet.getCellRangeByName("Q%d" % row).CellStyle = style
    color_by_status(sheet, "N%d:O%d" % (first, last), "N")
    formats(document, sheet, [("O%d:O%d" % (first, last), "0%"),
                              ("F%d:F%d" % (first, last), GENERAL),
                              ("I%d:I%d" % (first, last), GENERAL),
                              ("K%d:K%d" % (first, last), GENERAL),
                              ("M%d:M%d" % (first, last), GENERAL),
                              ("R%d" % (5 + len(STATUS_STYLES)), "0.0")])
    shade(sheet, "A%d:A%d" % (first, last), INPUT)
    shade(sheet, "I%d:M%d" % (first, last), INPUT)
    header(sheet, "A4:O4")
    header(sheet, "Q4:R4")
    for address in ("A%d:A%d" % (first, last), "C%d:C%d" % (first, last),
                    "N%d:N%d" % (first, last)):
        sheet.getCellRangeByName(address).IsTextWrapped = True
    sheet.getCellRangeByName("A%d:O%d" % (first, last)).VertJustify = 1  # TOP
    widths(sheet, [7500, None, 11000] + [None] * 10 + [10000, None, None, 4500])
    for row in range(first - 1, first + len(AUDIT)):
        sheet.Rows.getByIndex(row).OptimalHeight = True
    one_page_landscape(document, sheet, pages_down=0)
    build_plan_sheet(document)
    build_languages_sheet(document)
    document.calculateAll()
    save_as(document, path)
    document.close(True)


# A B2B machinery supplier's plan in the OKR school: objectives without numbers, key results with
# them, success indicators to show how it happened, and two statements in the wrong role.
PLAN = [
    ("Diversify our client portfolio beyond machinery sales", "objective"),
    ("Win 5 customers outside machinery by the end of Q4", "key result"),
    ("Generate €400k in pipeline from the food packaging segment within 6 months", "key result"),
    ("Demo requests from food packaging prospects", "success indicator"),
    ("Share of search in Germany", "success indicator"),
    ("Become the go-to supplier for food packaging lines in Europe", "objective"),
    ("Double the leads in 12 months", "key result"),
    ("Publish two case studies a month", "objective"),
    ("Improve brand awareness", "key result"),
]


def build_plan_sheet(document):
    """The plan as a whole: each statement's role as written and as read, then the audit."""
    document.Sheets.insertNewByName("Plan", 1)
    sheet = document.Sheets.getByName("Plan")
    title(sheet, "A1", "Plan structure",
          "One statement per row with the role you mean it to play; Goalpost reads each one and "
          "audits the plan (docs/strategy-rubric.md).")
    first = 5
    last = first + len(PLAN) - 1
    rows = [["Statement", "Intended role", "Reads as"]]
    for row, (statement, kind) in enumerate(PLAN, start=first):
        rows.append([statement, kind, "=STATEMENTKIND(A%d)" % row])
    rows += [[None], ["Plan score (0-100)", "=PLANSCORE(A%d:A%d;B%d:B%d)" % (first, last, first, last)],
             ["Findings", "=PLANAUDIT(A%d:A%d;B%d:B%d)" % (first, last, first, last)]]
    fill(sheet, "A4", rows)
    shade(sheet, "A%d:B%d" % (first, last), INPUT)
    header(sheet, "A4:C4")
    findings = sheet.getCellRangeByName("B%d" % (last + 3))
    findings.IsTextWrapped = True
    sheet.Rows.getByIndex(last + 2).OptimalHeight = True
    widths(sheet, [11000, 16000, None])
    one_page_landscape(document, sheet)


# The daily spend of a month's first 12 days, ramping up as campaigns leave their learning phase.
PACING_LOG = [800, 850, 900, 950, 1000, 1000, 1050, 1100, 1100, 1150, 1200, 1200]
PACING_WINDOW = "OFFSET(B16;MAX(0;B9-7);0;MAX(1;MIN(7;B9));1)"  # the last 7 days logged


def build_pacing_sheet(document):
    """Will this month land on budget? The spend log, its forecast and the daily budget."""
    document.Sheets.insertNewByName("Pacing", document.Sheets.Count)
    sheet = document.Sheets.getByName("Pacing")
    title(sheet, "A1", "Budget pacing",
          "Log each day's spend in column B as the month goes; the forecast follows the last "
          "7 days, and the daily budget lands the month exactly on budget.")
    fill(sheet, "A4", [
        ["Monthly budget", 30000],
        ["Days in the month", 31],
        ["Tolerance either side of the budget", 0.05],
        [],
        ["Spent to date", "=SUM(B16:B46)"],
        ["Days logged", "=COUNT(B16:B46)"],
        ["Forecast at the average so far", "=SPENDFORECAST(B8;B9;B5)"],
        ["Forecast at the last 7 days", "=SPENDFORECAST(B8;B9;B5;%s)" % PACING_WINDOW],
        ["Daily budget that lands on budget", "=DAILYBUDGET(B4;B8;B9;B5)"],
        ["Status", "=PACINGSTATUS(B4;B8;B9;B5;%s;;B6)" % PACING_WINDOW],
    ])
    fill(sheet, "A15", [["Day", "Spend"]] + [[day, PACING_LOG[day - 1] if day <= len(PACING_LOG)
                                                else None] for day in range(1, 32)])
    formats(document, sheet, [("B4", MONEY), ("B6", PERCENT), ("B8", MONEY), ("B10:B12", MONEY),
                              ("B16:B46", MONEY)])
    shade(sheet, "B4:B6", INPUT)
    shade(sheet, "B16:B46", INPUT)
    header(sheet, "A15:B15")
    bold(sheet, "A13:B13")
    widths(sheet, [7500, 3200])
    one_page_landscape(document, sheet, 0)


# An A/B test a week in: the control and a variant, split evenly.
EXPERIMENT = {"visitors": (10000, 10050), "conversions": (500, 560)}


def build_experiment_sheet(document):
    """Is B really better, and can the test stop? The checks in the order they are read."""
    document.Sheets.insertNewByName("Experiment", document.Sheets.Count)
    sheet = document.Sheets.getByName("Experiment")
    title(sheet, "A1", "A/B test",
          "Type the visitors and conversions of each variant. Read the split check first: "
          "when it fails, nothing below it can be trusted.")
    visitors, conversions = EXPERIMENT["visitors"], EXPERIMENT["conversions"]
    fill(sheet, "A4", [
        [None, "A (control)", "B"],
        ["Visitors", visitors[0], visitors[1]],
        ["Conversions", conversions[0], conversions[1]],
        ["Conversion rate", "=CONVRATE(B6;B5)", "=CONVRATE(C6;C5)"],
        ["Planned share of traffic", 50, 50],
        [],
        ["Split as planned? p of a sample-ratio mismatch (broken below 0.001)",
         "=SRMPVALUE(B5:C5;B8:C8)"],
        ["Chance that B beats A", "=PROBBEATS(B6;B5;C6;C5)"],
        ["Expected loss of choosing B (rate)", "=EXPECTEDLOSS(B6;B5;C6;C5)"],
        ["Loss you accept (1% of A's rate)", "=B7*0.01"],
        ["p-value of the difference", "=CONVPVALUE(B6;B5;C6;C5)"],
        [],
        ["Relative lift the test was planned for", 0.1],
        ["Visitors per day, both variants", 1000],
        ["Visitors needed per variant", "=SAMPLESIZE(B7;B16)"],
        ["Days the test needs", "=TESTDAYS(B7;B16;B17)"],
        ["Smallest lift detectable so far", "=MINLIFT(B7;MIN(B5:C5))"],
        [],
        ["Verdict", '=IF(B10<0.001;"SPLIT BROKEN: fix the assignment before reading anything";'
                    'IF(MIN(B5:C5)<B18;"KEEP RUNNING: "&TEXT(B18-MIN(B5:C5);"#,##0")&'
                    '" more visitors per variant";IF(AND(B11>=0.95;B12<=B13);"STOP: choose B";'
                    'IF(B11<=0.05;"STOP: keep A";"NO CLEAR WINNER: the difference is too small '
                    'to matter"))))'],
    ])
    formats(document, sheet, [("B5:C6", COUNT), ("B7:C7", PERCENT), ("B10", GENERAL),
                              ("B11", PERCENT), ("B12:B13", "0.0000"), ("B14", GENERAL),
                              ("B16", PERCENT), ("B17:B19", COUNT), ("B20", PERCENT)])
    shade(sheet, "B5:C6", INPUT)
    shade(sheet, "B8:C8", INPUT)
    shade(sheet, "B13", INPUT)
    shade(sheet, "B16:B17", INPUT)
    header(sheet, "A4:C4")
    bold(sheet, "A22:B22")
    widths(sheet, [11000, 3200, 3200])
    one_page_landscape(document, sheet)


# --- the campaign tracker ----------------------------------------------------------------------

# Per week and channel: spend, clicks, leads, customers, revenue.
WEEKS = 6
TRACKED = {
    "Google Ads": [(1900, 820, 50, 3, 7500), (2100, 790, 45, 2, 5000), (2000, 860, 55, 4, 10000),
                   (2050, 900, 60, 3, 7500), (1950, 760, 40, 2, 5000), (2000, 870, 50, 4, 10000)],
    "LinkedIn Ads": [(1500, 290, 15, 1, 6000), (1500, 310, 20, 2, 12000), (1500, 280, 10, 1, 6000),
                     (1500, 320, 15, 1, 6000), (1500, 300, 20, 2, 12000), (1500, 300, 10, 2, 12000)],
    "Email": [(250, 600, 30, 2, 3000), (250, 580, 25, 1, 1500), (250, 620, 35, 2, 3000),
              (250, 610, 30, 2, 3000), (250, 590, 25, 1, 1500), (250, 600, 35, 1, 1500)],
}
# Revenue target of the quarter per channel.
QUARTER_TARGETS = {"Google Ads": 100000, "LinkedIn Ads": 100000, "Email": 40000}
QUARTER_WEEKS = 13
LOG_CAPACITY = 1000  # rows of the log that every table counts


def build_campaign_tracker(office, path):
    """Weekly spend, clicks, leads, customers and revenue per channel; totals per channel and
    per week, pace against the quarter's targets, and a chart of spend against revenue."""
    document = office.new_sheet_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Tracker"
    title(sheet, "A1", "Campaign tracker",
          "Add one row per week and channel at the bottom of the log: every table above it and "
          "the chart count it, with no formula to edit.")
    channels = list(TRACKED)
    first = 8
    total = first + len(channels)
    week_head = total + 2
    log_first = week_head + QUARTER_WEEKS + 3
    # The log's ranges reach LOG_CAPACITY rows, far past the example weeks: appended rows are
    # counted by every SUMIF and MAX with no formula edited (plain ranges survive .ods and .xlsx).
    log_last = log_first + LOG_CAPACITY - 1
    log = "${0}$%d:${0}$%d" % (log_first, log_last)

    def column(letter):
        return log.format(letter)

    # Per channel, from the log below.
    fill(sheet, "A4", [
        ["Quarter length (weeks)", QUARTER_WEEKS],
        ["Weeks tracked", "=MAX(%s)" % column("A")],
    ])
    head = ["Channel", "Spend", "Clicks", "Leads", "Customers", "Revenue", "CPL", "CAC", "ROAS",
            "Click to customer", "Lead to customer, low (95%)", "Lead to customer, high (95%)",
            "Quarter revenue target", "Pace"]
    rows = [head]

    def ratios(row):
        """CPL to pace of a totals row; blank, not #DIV/0!, while its denominator is 0 (a
        channel without leads yet, a week not tracked)."""
        return ['=IF(D{0}>0;CPL(B{0};D{0});"")'.format(row),
                '=IF(E{0}>0;CAC(B{0};E{0});"")'.format(row),
                '=IF(B{0}>0;ROAS(F{0};B{0});"")'.format(row),
                '=IF(C{0}>0;FUNNELCONV(C{0}:E{0});"")'.format(row),
                '=IF(D{0}>0;CONVLOW(E{0};D{0});"")'.format(row),
                '=IF(D{0}>0;CONVHIGH(E{0};D{0});"")'.format(row)]

    for row, channel in enumerate(channels, start=first):
        sums = ["=SUMIF(%s;$A%d;%s)" % (column("B"), row, column(letter)) for letter in "CDEFG"]
        rows.append([channel] + sums + ratios(row) + [
            QUARTER_TARGETS[channel], '=IF($B$5>0;PACE(F{0};M{0};$B$5;$B$4);"")'.format(row)])
    span = "{0}%d:{0}%d" % (first, total - 1)
    rows.append(["All channels"] + ["=SUM(%s)" % span.format(c) for c in "BCDEF"] +
                ratios(total) + ["=SUM(%s)" % span.format("M"),
                                 '=IF($B$5>0;PACE(F{0};M{0};$B$5;$B$4);"")'.format(total)])
    fill(sheet, "A7", rows)

    # Per week of the quarter, for the chart: a week not in the log yet stays blank.
    rows = [["Week", "Spend", "Leads", "Customers", "Revenue", "CPL", "ROAS"]]
    for week in range(1, QUARTER_WEEKS + 1):
        row = week_head + week
        tracked = "COUNTIF(%s;$A%d)>0" % (column("A"), row)
        rows.append([week] + ['=IF(%s;SUMIF(%s;$A%d;%s);"")' % (tracked, column("A"), row,
                                                                 column(letter))
                              for letter in "CEFG"] +
                    ['=IF(AND(ISNUMBER(C{0});C{0}>0);CPL(B{0};C{0});"")'.format(row),
                     '=IF(AND(ISNUMBER(B{0});B{0}>0);ROAS(E{0};B{0});"")'.format(row)])
    fill(sheet, "A%d" % week_head, rows)

    # The log.
    rows = [["Week", "Channel", "Spend", "Clicks", "Leads", "Customers", "Revenue"]]
    for week in range(WEEKS):
        for channel in channels:
            rows.append([week + 1, channel] + list(TRACKED[channel][week]))
    fill(sheet, "A%d" % (log_first - 1), rows)

    week_last = week_head + QUARTER_WEEKS
    examples_last = log_first + WEEKS * len(channels) - 1
    formats(document, sheet, [
        ("B%d:B%d" % (first, total), MONEY), ("C%d:E%d" % (first, total), COUNT),
        ("F%d:F%d" % (first, total), MONEY), ("G%d:H%d" % (first, total), CURRENCY),
        ("I%d:I%d" % (first, total), RATIO), ("J%d:J%d" % (first, total), "0.00%"),
        ("K%d:L%d" % (first, total), PERCENT), ("M%d:M%d" % (first, total), MONEY),
        ("N%d:N%d" % (first, total), "0%"),
        ("B%d:B%d" % (week_head + 1, week_last), MONEY), ("E%d:E%d" % (week_head + 1, week_last),
                                                          MONEY),
        ("F%d:F%d" % (week_head + 1, week_last), CURRENCY),
        ("G%d:G%d" % (week_head + 1, week_last), RATIO),
        ("C%d:C%d" % (log_first, log_last), MONEY), ("D%d:F%d" % (log_first, log_last), COUNT),
        ("G%d:G%d" % (log_first, log_last), MONEY)])
    shade(sheet, "B4", INPUT)
    shade(sheet, "M%d:M%d" % (first, total - 1), INPUT)
    shade(sheet, "A%d:G%d" % (log_first, examples_last + 20), INPUT)
    header(sheet, "A7:N7")
    header(sheet, "A%d:G%d" % (week_head, week_head))
    header(sheet, "A%d:G%d" % (log_first - 1, log_first - 1))
    bold(sheet, "A%d:N%d" % (total, total))
    sheet.getCellRangeByName("A7:N7").IsTextWrapped = True
    widths(sheet, [4200] + [2600] * 13)
    sheet.Rows.getByIndex(6).OptimalHeight = True

    # Weekly spend against revenue, beside the weekly table.
    chart_range = CellRangeAddress()
    chart_range.Sheet = 0
    chart_range.StartColumn, chart_range.EndColumn = 0, 1
    chart_range.StartRow, chart_range.EndRow = week_head - 1, week_last - 1
    revenue = CellRangeAddress()
    revenue.Sheet = 0
    revenue.StartColumn = revenue.EndColumn = 4
    revenue.StartRow, revenue.EndRow = week_head - 1, week_last - 1
    anchor = sheet.getCellRangeByName("I%d" % week_head).Position
    area = Rectangle(anchor.X, anchor.Y, 15000, 7000)
    sheet.Charts.addNewByName("SpendAndRevenue", area, (chart_range, revenue), True, True)
    chart = sheet.Charts.getByName("SpendAndRevenue").EmbeddedObject
    chart.HasMainTitle = True
    chart.Title.String = "Spend and revenue per week"
    chart.HasLegend = True
    one_page_landscape(document, sheet)
    document.calculateAll()
    build_experiment_sheet(document)
    save_as(document, path)
    document.close(True)


TEMPLATES = [("budget-planner.ods", build_budget_planner),
             ("objective-audit.ods", build_objective_audit),
             ("campaign-tracker.ods", build_campaign_tracker)]


def main():
    with Office() as office:
        for name, build in TEMPLATES:
            build(office, os.path.join(HERE, name))
            print("wrote", os.path.join(HERE, name))


if __name__ == "__main__":
    sys.exit(main())
