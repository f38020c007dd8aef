// A UNO sequence from a brace list: the SDK's Sequence takes none (its initializer_list
// constructor is for LibreOffice's own code only).
#pragma once

#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>

namespace goalpost::addin {

template <class Element>
css::uno::Sequence<Element> sequence_of(std::initializer_list<Element> elements) {
    return css::uno::Sequence<Element>(elements.begin(), static_cast<sal_Int32>(elements.size()));
}

} // namespace goalpost::addin
