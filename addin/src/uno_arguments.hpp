// UNO arguments as Calc passes them, read into core values by the rules of
// pure/cell_arguments.hpp. The only place that knows how Calc encodes cells in UNO types.
//
// IDL types are chosen so that the Function Wizard marks optional arguments correctly (Calc
// treats exactly the `any` parameters as optional):
//   required amount  sequence<sequence<double>>  numbers, cells and ranges; text/blank -> 0
//   required list    sequence<sequence<any>>     blanks arrive as "", text as strings
//   optional         any                         void when omitted; a range or an inline
//                                                array arrives as sequence<sequence<any>>
#pragma once

#include "cell_arguments.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <optional>
#include <string>
#include <vector>
#include <type_traits>

namespace goalpost::addin {

using DoubleRows = css::uno::Sequence<css::uno::Sequence<double>>;
using AnyRows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// The rows of a range or array passed to an `any` parameter, or nullptr for a single value.
const AnyRows* rows_in(const css::uno::Any& argument);

// What kind of cell one element of a range (or a single argument) is.
Cell cell_of(const css::uno::Any& value);

// A range or inline array viewed in place, for the templates of cell_arguments.hpp.
template <class Element>
class RowsView {
public:
    explicit RowsView(const css::uno::Sequence<css::uno::Sequence<Element>>& rows) : rows_(rows) {}
    [[nodiscard]] std::size_t rows() const { return static_cast<std::size_t>(rows_.getLength()); }
    [[nodiscard]] std::size_t columns(std::size_t row) const {
        return static_cast<std::size_t>(rows_[static_cast<sal_Int32>(row)].getLength());
    }
    [[nodiscard]] Cell at(std::size_t row, std::size_t column) const {
        const Element& element = rows_[static_cast<sal_Int32>(row)][static_cast<sal_Int32>(column)];
        if constexpr (std::is_same_v<Element, double>) {
            return {CellKind::number, element};
        } else {
            return cell_of(element);
        }
    }

private:
    const css::uno::Sequence<css::uno::Sequence<Element>>& rows_;
};

// A required amount: the sum of a number, a cell or a range (Calc has already turned text in a
// single cell into #VALUE! and blanks or text inside a range into 0 before calling).
Result<double> required_amount(const DoubleRows& argument);

// An optional amount: `fallback` when omitted; text in a single cell is #VALUE!.
Result<double> optional_amount(const css::uno::Any& argument, int position, double fallback);

// An optional single number (an index, a margin): nullopt when omitted. A range is accepted only
// when it holds exactly one number.
Result<std::optional<double>> optional_number(const css::uno::Any& argument, int position);

// One row or one column of numbers (a range, an inline array or a single number).
Result<NumberList> number_list(const AnyRows& argument, int position);

// An optional row or column of numbers: nullopt when omitted, a list of one for a single number,
// otherwise the rules of number_list (text is an invalid argument there too).
Result<std::optional<NumberList>> optional_number_list(const css::uno::Any& argument,
                                                       int position);

// The cells of a range or inline array of texts, row by row; nullopt for a blank cell and for a
// number cell (a blank single cell reaches an add-in as 0, and no number is a statement).
using TextList = std::vector<std::optional<std::string>>;
TextList text_list(const AnyRows& argument);

// The same for an optional argument (a range, or one text); nullopt when omitted.
std::optional<TextList> optional_text_list(const css::uno::Any& argument);

} // namespace goalpost::addin
