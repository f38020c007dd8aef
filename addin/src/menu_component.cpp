#include "menu_component.hpp"

#include "menu_commands.hpp"
#include "names.hpp"
#include "uno_text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/util/URL.hpp>
#include <sal/types.h>

#include <vector>

namespace goalpost::addin {

namespace {

css::beans::PropertyValue property(const char* name, css::uno::Any value) {
    css::beans::PropertyValue result;
    result.Name = OUString::createFromAscii(name);
    result.Value = std::move(value);
    return result;
}

} // namespace

css::uno::Reference<css::frame::XDispatch> MenuComponent::queryDispatch(const css::util::URL& url,
                                                                          const OUString&,
                                                                          sal_Int32) {
    if (menu_command(Utf8View(url.Complete).view())) {
        return this;
    }
    return {};
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
MenuComponent::queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> result(requests.getLength());
    auto* dispatches = result.getArray();
    for (sal_Int32 i = 0; i < requests.getLength(); ++i) {
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                      requests[i].SearchFlags);
    }
    return result;
}

void MenuComponent::dispatch(const css::util::URL& url,
                             const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    const auto command = menu_command(Utf8View(url.Complete).view());
    if (!command) {
        return;
    }
    // A menu command has no caller to report to: whatever fails, no exception may reach the
    // dispatch framework (it would end up in soffice's event loop).
    try {
        const OUString package = css::deployment::PackageInformationProvider::get(context_)
                                     ->getPackageLocation(to_oustring(names::extension_identifier));
        if (package.isEmpty()) {
            return;
        }
        const OUString file = package + to_oustring(command->package_path());
        // A template opens as an untitled copy, as File > New does; the reference opens in Calc
        // (its HTML table import), which every Goalpost user has, read-only.
        const bool reference = command->kind == MenuCommand::Kind::function_reference;
        std::vector<css::beans::PropertyValue> load;
        if (reference) {
            load.push_back(property("FilterName", css::uno::Any(OUString("calc_HTML_WebQuery"))));
            load.push_back(property("ReadOnly", css::uno::Any(true)));
        } else {
            load.push_back(property("AsTemplate", css::uno::Any(true)));
        }
        // "Hidden", when the caller asks for it (a headless batch or test), is passed on.
        for (const css::beans::PropertyValue& argument : arguments) {
            if (argument.Name == "Hidden") {
                load.push_back(argument);
            }
        }
        // A new window: the user's own workbook stays as it is, even when it is empty.
        css::frame::Desktop::create(context_)->loadComponentFromURL(
            file, "_blank", 0,
            css::uno::Sequence<css::beans::PropertyValue>(load.data(), static_cast<sal_Int32>(load.size())));
    } catch (const css::uno::Exception&) {
    } catch (const std::exception&) {
    }
}

OUString MenuComponent::getImplementationName() {
    return to_oustring(names::menu_implementation_name);
}

sal_Bool MenuComponent::supportsService(const OUString& name) {
    return name == "com.sun.star.frame.ProtocolHandler";
}

css::uno::Sequence<OUString> MenuComponent::getSupportedServiceNames() {
    const OUString services[] = {"com.sun.star.frame.ProtocolHandler"};
    return css::uno::Sequence<OUString>(services, 1);
}

} // namespace goalpost::addin

// The constructor named in goalpost.components for the menu's protocol handler.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_goalpost_calc_MenuImpl_get_implementation(css::uno::XComponentContext* context,
                                              css::uno::Sequence<css::uno::Any> const&) {
    auto* component = new goalpost::addin::MenuComponent(context);
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}
