// FunctionsComponent: UNO service information and the constructor. The spreadsheet functions
// are in one file per family (metric_methods.cpp, planning_methods.cpp, ...).
#include "functions_component.hpp"

#include "names.hpp"
#include "uno_text.hpp"

#include <sal/types.h>

namespace goalpost::addin {

OUString FunctionsComponent::getServiceName() { return to_oustring(names::service_name); }

OUString FunctionsComponent::getImplementationName() {
    return to_oustring(names::implementation_name);
}

sal_Bool FunctionsComponent::supportsService(const OUString& name) {
    for (const OUString& supported : getSupportedServiceNames()) {
        if (supported == name) {
            return true;
        }
    }
    return false;
}

css::uno::Sequence<OUString> FunctionsComponent::getSupportedServiceNames() {
    const OUString services[] = {to_oustring(names::service_name), "com.sun.star.sheet.AddIn"};
    return css::uno::Sequence<OUString>(services, 2);
}

} // namespace goalpost::addin

// The constructor named in goalpost.components: the library's only exported symbol.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_goalpost_calc_FunctionsImpl_get_implementation(css::uno::XComponentContext* /*context*/,
                                                   css::uno::Sequence<css::uno::Any> const& /*arguments*/) {
    auto* component = new goalpost::addin::FunctionsComponent();
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}
