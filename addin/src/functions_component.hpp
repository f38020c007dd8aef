// The UNO component Calc calls: one method per catalogue function, each converting its
// arguments, calling the core and mapping the result. No domain logic here.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <cppuhelper/implbase3.hxx>
#include <com/sun/star/table/XCellRange.hpp>
#include <org/goalpost/calc/XFunctions.hpp>

namespace goalpost::addin {

// The UNO types of the methods' signatures, named once for the adapter.
using Any = css::uno::Any;
using OUString = rtl::OUString;
using DoubleRows = css::uno::Sequence<css::uno::Sequence<double>>;
using AnyRows = css::uno::Sequence<css::uno::Sequence<Any>>;
using CellRange = css::uno::Reference<css::table::XCellRange>;

class FunctionsComponent final
    : public cppu::WeakImplHelper3<org::goalpost::calc::XFunctions, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
public:
    // XFunctions: one method per catalogue function, declared from the catalogue.
#include "method_declarations.hpp"

    // XServiceName
    OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;
};

} // namespace goalpost::addin
