#include "shareable_copy.hpp"

#include "function_catalogue.hpp"
#include "shareable_formula.hpp"
#include "uno_properties.hpp"
#include "uno_text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <array>
#include <cmath>
#include <vector>

namespace goalpost::addin {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

// Each function's form, taken from the catalogue when this file is compiled, so that none of the
// catalogue's help texts reach the library.
constexpr auto shared_forms = [] {
    std::array<SharedForm, catalogue::functions.size()> forms{};
    for (std::size_t i = 0; i < forms.size(); ++i) {
        forms[i] = {catalogue::functions[i].name, catalogue::functions[i].shared_as};
    }
    return forms;
}();

// A Goalpost cell as the copy found it, before anything was changed.
struct GoalpostCell {
    Reference<css::table::XCell> cell;
    Reference<css::sheet::XSpreadsheet> sheet;
    OUString formula;
    sal_Int32 error = 0;
    double value = 0.0;
    OUString text;
    bool text_result = false;
    bool array = false; // part of an array formula: the copy keeps an array's values
};

GoalpostCell read_cell(const Reference<css::table::XCell>& cell,
                       const Reference<css::sheet::XSpreadsheet>& sheet, const OUString& formula) {
    GoalpostCell found;
    found.cell = cell;
    found.sheet = sheet;
    found.formula = formula;
    found.error = cell->getError();
    found.value = cell->getValue();
    found.text = Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString();
    sal_Int32 result_type = 0;
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)->getPropertyValue("FormulaResultType2") >>= result_type;
    found.text_result = result_type == css::sheet::FormulaResult::STRING;
    found.array = formula.startsWith("{");
    return found;
}

// Every cell whose formula calls a Goalpost function, sheet by sheet.
std::vector<GoalpostCell> goalpost_cells(const Reference<css::frame::XModel>& document) {
    std::vector<GoalpostCell> cells;
    const OUString prefix = to_oustring(goalpost_prefix);
    Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const auto ranges = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                ->queryContentCells(css::sheet::CellFlags::FORMULA);
        const auto each = ranges->getCells()->createEnumeration();
        while (each->hasMoreElements()) {
            Reference<css::table::XCell> cell(each->nextElement(), UNO_QUERY_THROW);
            const OUString formula = cell->getFormula();
            if (formula.toAsciiUpperCase().indexOf(prefix) >= 0) {
                cells.push_back(read_cell(cell, sheet, formula));
            }
        }
    }
    return cells;
}

// A formula giving Calc's error `code` in any spreadsheet: a frozen error stays that error.
OUString error_formula(sal_Int32 code) {
    switch (code) {
    case 532: return "=1/0";        // #DIV/0!
    case 519: return "=\"x\"*1";    // #VALUE!
    case 502: return "=SQRT(-1)";   // Err:502 in Calc, #NUM! in Excel
    case 503: return "=1E308*10";   // #NUM!
    default: return "=NA()";        // #N/A, and any other error
    }
}

// Whether the rewritten cell shows what the Goalpost formula showed (to 1e-9, relative).
bool same_result(const GoalpostCell& before) {
    const sal_Int32 error = before.cell->getError();
    if (error != 0 || before.error != 0) {
        return error == before.error;
    }
    if (before.text_result) {
        return Reference<css::text::XTextRange>(before.cell, UNO_QUERY_THROW)->getString() == before.text;
    }
    const double value = before.cell->getValue();
    return value == before.value ||
           std::fabs(value - before.value) <= 1e-9 * std::fmax(std::fabs(value), std::fabs(before.value));
}

void freeze(const GoalpostCell& found) {
    if (found.error != 0) {
        found.cell->setFormula(error_formula(found.error));
    } else if (found.text_result && found.text.isEmpty()) {
        found.cell->setFormula("=\"\""); // an empty text, not a blank cell (ISBLANK tells them apart)
    } else if (found.text_result) {
        Reference<css::text::XTextRange>(found.cell, UNO_QUERY_THROW)->setString(found.text);
    } else {
        found.cell->setValue(found.value);
    }
    // The comment says what the cell was, before any comment the user wrote there: readers see
    // the value is not computed any more.
    const OUString note = "Goalpost: a frozen value in this shareable copy, not a formula. The original "
                          "computes it with " + found.formula.replaceAll(to_oustring(goalpost_prefix), "");
    const OUString existing =
        Reference<css::text::XTextRange>(
            Reference<css::sheet::XSheetAnnotationAnchor>(found.cell, UNO_QUERY_THROW)->getAnnotation(),
            UNO_QUERY_THROW)->getString();
    Reference<css::sheet::XSheetAnnotationsSupplier>(found.sheet, UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(Reference<css::sheet::XCellAddressable>(found.cell, UNO_QUERY_THROW)->getCellAddress(),
                    existing.isEmpty() ? note : note + "\n\n" + existing);
}

// The array formulas among `cells` become their values, before any other cell is rewritten: a
// cell that reads an array is then checked against the array's values, not against blanks.
sal_Int32 freeze_arrays(const std::vector<GoalpostCell>& cells) {
    for (const GoalpostCell& found : cells) {
        if (!found.array || !found.cell->getFormula().startsWith("{")) {
            continue; // not an array, or one cleared already
        }
        const auto cursor = found.sheet->createCursorByRange(
            Reference<css::sheet::XSheetCellRange>(found.cell, UNO_QUERY_THROW));
        cursor->collapseToCurrentArray();
        Reference<css::sheet::XArrayFormulaRange>(cursor, UNO_QUERY_THROW)->setArrayFormula(OUString());
    }
    sal_Int32 frozen = 0;
    for (const GoalpostCell& found : cells) {
        if (found.array) {
            freeze(found);
            ++frozen;
        }
    }
    return frozen;
}

// The document's named expressions that call Goalpost, in their shared form where they have one;
// one without stays as it is (docs/documents.md).
void share_named_expressions(const Reference<css::frame::XModel>& document) {
    const Reference<css::container::XIndexAccess> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < names->getCount(); ++i) {
        const Reference<css::sheet::XNamedRange> name(names->getByIndex(i), UNO_QUERY_THROW);
        const SharedFormula shared = shareable_formula(Utf8View("=" + name->getContent()).view(), shared_forms);
        if (shared.calls_goalpost && !shared.frozen) {
            name->setContent(to_oustring(std::string_view(shared.formula).substr(1)));
        }
    }
}

OUString filter_for(const OUString& target_url) {
    const OUString lower = target_url.toAsciiLowerCase();
    if (lower.endsWith(".xlsx")) {
        return "Calc MS Excel 2007 XML";
    }
    if (lower.endsWith(".ods")) {
        return "calc8";
    }
    throw css::lang::IllegalArgumentException("a shareable copy is an .xlsx or an .ods file", {}, 2);
}

// Closes the loaded copy and removes the temporary file, however the copy ends.
class TemporaryCopy {
public:
    explicit TemporaryCopy(OUString url) : url_(std::move(url)) {}
    TemporaryCopy(const TemporaryCopy&) = delete;
    TemporaryCopy& operator=(const TemporaryCopy&) = delete;
    ~TemporaryCopy() {
        try {
            const Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
            if (closeable.is()) {
                closeable->close(true);
            }
        } catch (const css::uno::Exception&) {
        }
        osl::File::remove(url_);
    }
    [[nodiscard]] const OUString& url() const { return url_; }
    Reference<css::frame::XModel> document;

private:
    OUString url_;
};

} // namespace

ShareableCopyReport make_shareable_copy(const Reference<css::uno::XComponentContext>& context,
                                        const Reference<css::frame::XModel>& document,
                                        const OUString& target_url) {
    const OUString filter = filter_for(target_url);
    if (!document->getURL().isEmpty() && document->getURL() == target_url) {
        throw css::lang::IllegalArgumentException("a shareable copy cannot replace the workbook itself",
                                                  {}, 2);
    }
    OUString temporary_url;
    if (osl::FileBase::createTempFile(nullptr, nullptr, &temporary_url) != osl::FileBase::E_None) {
        throw css::uno::RuntimeException("no temporary file for the shareable copy");
    }
    TemporaryCopy copy(temporary_url);
    // storeToURL writes a copy and leaves the document as it was: its cells, its location and
    // its modified flag.
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL(copy.url(), sequence_of({property("FilterName", css::uno::Any(OUString("calc8"))),
                                              property("Overwrite", css::uno::Any(true))}));
    copy.document.set(css::frame::Desktop::create(context)->loadComponentFromURL(
                          copy.url(), "_blank", 0,
                          sequence_of({property("Hidden", css::uno::Any(true)),
                                       property("FilterName", css::uno::Any(OUString("calc8")))})),
                      UNO_QUERY_THROW);

    ShareableCopyReport report;
    const std::vector<GoalpostCell> cells = goalpost_cells(copy.document);
    report.frozen = freeze_arrays(cells);
    share_named_expressions(copy.document);
    for (const GoalpostCell& found : cells) {
        if (found.array) {
            continue;
        }
        const SharedFormula shared = shareable_formula(Utf8View(found.formula).view(), shared_forms);
        if (!shared.calls_goalpost) {
            continue; // the name only in a text ("ORG.GOALPOST..."): nothing to change
        }
        if (!shared.frozen) {
            found.cell->setFormula(to_oustring(shared.formula));
            // Checked, not trusted: a form that gives another result here is frozen instead.
            if (same_result(found)) {
                ++report.shared;
                continue;
            }
        }
        freeze(found);
        ++report.frozen;
    }
    Reference<css::frame::XStorable>(copy.document, UNO_QUERY_THROW)
        ->storeToURL(target_url, sequence_of({property("FilterName", css::uno::Any(filter)),
                                              property("Overwrite", css::uno::Any(true))}));
    return report;
}

} // namespace goalpost::addin
