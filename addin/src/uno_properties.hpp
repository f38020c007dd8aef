// Arguments for UNO calls that take property lists (storeToURL, loadComponentFromURL, a
// dispatch's result): a named property, and a sequence from a brace list, since the SDK's
// Sequence has no initializer_list constructor (that one is for LibreOffice's own code).
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <initializer_list>
#include <utility>

namespace goalpost::addin {

inline css::beans::PropertyValue property(const char* name, css::uno::Any value) {
    css::beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = std::move(value);
    return result;
}

template <class Element>
css::uno::Sequence<Element> sequence_of(std::initializer_list<Element> elements) {
    return css::uno::Sequence<Element>(elements.begin(), static_cast<sal_Int32>(elements.size()));
}

} // namespace goalpost::addin
