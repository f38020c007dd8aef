#include "uno_arguments.hpp"

#include "failure_hook.hpp"

#include <cppu/unotype.hxx>
#include <rtl/ustring.hxx>

namespace goalpost::addin {

namespace {

using css::uno::Any;
using css::uno::TypeClass_BOOLEAN;
using css::uno::TypeClass_DOUBLE;
using css::uno::TypeClass_STRING;
using css::uno::TypeClass_VOID;

} // namespace

const AnyRows* rows_in(const Any& argument) {
    if (argument.getValueType() == cppu::UnoType<AnyRows>::get()) {
        return static_cast<const AnyRows*>(argument.getValue());
    }
    return nullptr;
}

Cell cell_of(const Any& value) {
    switch (value.getValueTypeClass()) {
    case TypeClass_VOID:
        return {CellKind::empty};
    case TypeClass_DOUBLE:
        return {CellKind::number, *static_cast<const double*>(value.getValue())};
    case TypeClass_BOOLEAN:
        return {CellKind::number, *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0};
    case TypeClass_STRING:
        // Calc passes the blank cells of a range as empty strings: blanks, not text.
        return {static_cast<const rtl::OUString*>(value.getValue())->isEmpty() ? CellKind::empty
                                                                           : CellKind::text};
    default: {
        double number = 0.0;
        if (value >>= number) { // the integer types
            return {CellKind::number, number};
        }
        return {CellKind::text};
    }
    }
}

Result<double> required_amount(const DoubleRows& argument) {
    auto amount = amount_from_grid(RowsView<double>(argument));
    if (amount) {
        failure_hook(*amount);
    }
    return amount;
}

Result<double> optional_amount(const Any& argument, int position, double fallback) {
    if (const AnyRows* rows = rows_in(argument)) {
        return amount_from_grid(RowsView<Any>(*rows));
    }
    const Cell value = cell_of(argument);
    if (value.kind == CellKind::empty) {
        return fallback;
    }
    return amount_from_value(value, position);
}

Result<std::optional<double>> optional_number(const Any& argument, int position) {
    Cell value = cell_of(argument);
    if (const AnyRows* rows = rows_in(argument)) {
        if (rows->getLength() != 1 || (*rows)[0].getLength() != 1) {
            return invalid_argument(position, "a single number is needed, not a range");
        }
        value = cell_of((*rows)[0][0]);
    }
    if (value.kind == CellKind::empty) {
        return std::optional<double>();
    }
    auto number = amount_from_value(value, position);
    if (!number) {
        return number.failure();
    }
    return std::optional<double>(*number);
}

Result<NumberList> number_list(const AnyRows& argument, int position) {
    auto list = list_from_grid(RowsView<Any>(argument), position);
    if (list && !list->values.empty()) {
        failure_hook(list->values.front());
    }
    return list;
}

Result<std::optional<NumberList>> optional_number_list(const Any& argument, int position) {
    if (const AnyRows* rows = rows_in(argument)) {
        auto list = number_list(*rows, position);
        if (!list) {
            return list.failure();
        }
        return std::optional<NumberList>(std::move(list).value());
    }
    const Cell value = cell_of(argument);
    switch (value.kind) {
    case CellKind::empty:
        return std::optional<NumberList>();
    case CellKind::text:
        return invalid_argument(position, "text where a list of numbers is needed");
    case CellKind::number:
        break;
    }
    return std::optional<NumberList>(NumberList{{value.number}, Orientation::column});
}

namespace {

std::optional<std::string> text_of(const Any& value) {
    rtl::OUString text;
    if (value >>= text) {
        if (text.trim().isEmpty()) {
            return std::nullopt;
        }
        const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
        return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
    }
    // A number is no statement and no kind: and a blank single cell reaches an add-in as the
    // number 0, which must read as blank (=PLANSCORE(F1) with F1 blank is an empty plan).
    return std::nullopt;
}

} // namespace

TextList text_list(const AnyRows& argument) {
    TextList texts;
    for (const auto& row : argument) {
        for (const Any& cell : row) {
            texts.push_back(text_of(cell));
        }
    }
    return texts;
}

std::optional<TextList> optional_text_list(const Any& argument) {
    if (!argument.hasValue()) {
        return std::nullopt;
    }
    if (const AnyRows* rows = rows_in(argument)) {
        return text_list(*rows);
    }
    return TextList{text_of(argument)};
}

} // namespace goalpost::addin
