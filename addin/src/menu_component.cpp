#include "menu_component.hpp"

#include "menu_commands.hpp"
#include "names.hpp"
#include "shareable_copy.hpp"
#include "uno_properties.hpp"
#include "uno_text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>

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

// Where the user wants the shareable copy: .xlsx by default, or .ods; empty when cancelled.
OUString ask_for_target(const css::uno::Reference<css::uno::XComponentContext>& context) {
    namespace dialogs = css::ui::dialogs;
    const auto picker = dialogs::FilePicker::createWithMode(
        context, dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle("Save a shareable copy (Excel, Google Sheets)");
    const OUString excel = "Excel 2007-365 (.xlsx)";
    picker->appendFilter(excel, "*.xlsx");
    picker->appendFilter("ODF Spreadsheet (.ods)", "*.ods");
    picker->setCurrentFilter(excel);
    if (picker->execute() != dialogs::ExecutableDialogResults::OK) {
        return {};
    }
    const auto files = picker->getSelectedFiles();
    if (!files.hasElements()) {
        return {};
    }
    OUString target = files[0];
    const OUString lower = target.toAsciiLowerCase();
    if (!lower.endsWith(".xlsx") && !lower.endsWith(".ods")) {
        target += picker->getCurrentFilter() == excel ? OUString(".xlsx") : OUString(".ods");
    }
    return target;
}

// A message where the user clicked.
void tell_user(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame, const OUString& message) {
    const css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(), css::uno::UNO_QUERY);
    const css::uno::Reference<css::awt::XMessageBoxFactory> boxes(css::awt::Toolkit::create(context),
                                                                 css::uno::UNO_QUERY_THROW);
    boxes->createMessageBox(parent, css::awt::MessageBoxType_INFOBOX,
                            css::awt::MessageBoxButtons::BUTTONS_OK, "Goalpost", message)
        ->execute();
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

void MenuComponent::initialize(const css::uno::Sequence<css::uno::Any>& arguments) {
    for (const css::uno::Any& argument : arguments) {
        css::uno::Reference<css::frame::XFrame> frame;
        if (argument >>= frame) {
            frame_ = frame;
        }
    }
}

void MenuComponent::dispatch(const css::util::URL& url,
                             const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    dispatchWithNotification(url, arguments, {});
}

void MenuComponent::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener) {
    const auto command = menu_command(Utf8View(url.Complete).view());
    if (!command) {
        return;
    }
    css::frame::DispatchResultEvent outcome;
    outcome.Source = static_cast<cppu::OWeakObject*>(this);
    outcome.State = css::frame::DispatchResultState::FAILURE;
    // A menu command has no caller to report to but the listener: whatever fails, no exception
    // may reach the dispatch framework (it would end up in soffice's event loop).
    try {
        outcome.Result = command->kind == MenuCommand::Kind::shareable_copy
                             ? shareable_copy(arguments)
                             : open_packaged(*command, arguments);
        outcome.State = outcome.Result.hasValue() || command->kind != MenuCommand::Kind::shareable_copy
                            ? css::frame::DispatchResultState::SUCCESS
                            : css::frame::DispatchResultState::DONTKNOW; // the user cancelled
    } catch (const css::uno::Exception& failure) {
        outcome.Result <<= failure.Message;
    } catch (const std::exception&) {
    }
    if (listener.is()) {
        try {
            listener->dispatchFinished(outcome);
        } catch (const css::uno::Exception&) {
        }
    }
}

css::uno::Any MenuComponent::open_packaged(const MenuCommand& command,
                                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    const OUString package = css::deployment::PackageInformationProvider::get(context_)
                                 ->getPackageLocation(to_oustring(names::extension_identifier));
    if (package.isEmpty()) {
        throw css::uno::RuntimeException("Goalpost's package is not installed");
    }
    const OUString file = package + to_oustring(command.package_path());
    // A template opens as an untitled copy, as File > New does; the reference opens in Calc
    // (its HTML table import), which every Goalpost user has, read-only.
    const bool reference = command.kind == MenuCommand::Kind::function_reference;
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
    return {};
}

css::uno::Any MenuComponent::shareable_copy(const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    const css::uno::Reference<css::frame::XFrame> frame(frame_);
    const auto controller = frame.is() ? frame->getController() : nullptr;
    const auto document = controller.is() ? controller->getModel() : nullptr;
    if (!document.is()) {
        throw css::uno::RuntimeException("no workbook to copy");
    }
    OUString target;
    for (const css::beans::PropertyValue& argument : arguments) {
        if (argument.Name == "URL") {
            argument.Value >>= target;
        }
    }
    const bool asked = target.isEmpty();
    if (asked) {
        target = ask_for_target(context_);
        if (target.isEmpty()) {
            return {}; // cancelled
        }
    }
    ShareableCopyReport report;
    try {
        report = make_shareable_copy(context_, document, target);
    } catch (const css::uno::Exception& failure) {
        if (asked) { // a click has no listener: the user hears of it here
            tell_user(context_, frame, "The shareable copy could not be saved: " + failure.Message);
        }
        throw;
    }
    if (asked) {
        try { // the copy is written whatever happens to the message
            tell_user(context_, frame,
                      "The shareable copy is saved. " + OUString::number(report.shared) +
                          " Goalpost cells are formulas that Excel, Google Sheets and Calc compute "
                          "without Goalpost; " + OUString::number(report.frozen) +
                          " are frozen as values (text judgements and functions without such a "
                          "formula), each marked with a comment.");
        } catch (const css::uno::Exception&) {
        }
    }
    return css::uno::Any(sequence_of<css::beans::NamedValue>({
        {"Shared", css::uno::Any(report.shared)},
        {"Frozen", css::uno::Any(report.frozen)},
        {"URL", css::uno::Any(target)}}));
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
