// The shareable copy of a workbook (issue 16): a copy for people without Goalpost, in which each
// Goalpost formula becomes its form in functions Excel and Calc both know (the catalogue's
// `shared_as`, rewritten by addin/pure/shareable_formula.hpp), and a formula without one becomes
// its value, marked with a comment. The menu's "Save a shareable copy" command runs it
// (menu_component.cpp); docs/documents.md says what is shared live and what is frozen.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <sal/types.h>

namespace goalpost::addin {

struct ShareableCopyReport {
    sal_Int32 shared = 0; // cells whose Goalpost formula became a formula Excel knows
    sal_Int32 frozen = 0; // cells that became their value, each marked with a comment
};

// Writes the copy of `document` to `target_url`: .xlsx (Excel 2007-365) or .ods, by the URL's
// extension. The document itself is only stored to a temporary file, never changed: not its
// cells, its location or its modified flag. Throws css::lang::IllegalArgumentException for any
// other extension, and what storing or loading throws.
ShareableCopyReport make_shareable_copy(const css::uno::Reference<css::uno::XComponentContext>& context,
                                        const css::uno::Reference<css::frame::XModel>& document,
                                        const rtl::OUString& target_url);

} // namespace goalpost::addin
