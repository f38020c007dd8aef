// MenuComponent: the protocol handler behind the Goalpost menu (registration/package/Addons.xcu
// and ProtocolHandler.xcu). It answers "vnd.org.goalpost:" URLs: a packaged template opened as an
// untitled copy, the packaged function reference opened in Calc, or a shareable copy of the
// workbook (shareable_copy.hpp). The commands themselves are read by
// addin/pure/menu_commands.hpp; this class only talks to LibreOffice.
//
// The shareable copy without the menu (batch jobs, tests): dispatch
// vnd.org.goalpost:ShareableCopy from the document's frame with the argument URL (the target,
// .xlsx or .ods); dispatchWithNotification reports State SUCCESS and, as Result, the named values
// Shared and Frozen (how many cells became formulas for Excel, how many became values) and URL.
#pragma once

#include "menu_commands.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace goalpost::addin {

using OUString = rtl::OUString;

// WeakImplHelper4: Debian's SDK has only the numbered helpers (../shared/notes/calc-addin-facts.md).
class MenuComponent
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                  css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit MenuComponent(css::uno::Reference<css::uno::XComponentContext> context)
        : context_(std::move(context)) {}

    // XDispatchProvider: this component dispatches the commands it knows, and nothing else.
    css::uno::Reference<css::frame::XDispatch> SAL_CALL
    queryDispatch(const css::util::URL& url, const OUString& target, sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch, and XNotifyingDispatch for a caller that wants to know how it went
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XInitialization: the frame a protocol handler is created for, whose workbook a shareable
    // copy is made of (kept weakly: the frame owns its dispatchers).
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    // The command's outcome for a notifying caller; opening a file has no result.
    css::uno::Any open_packaged(const MenuCommand& command,
                                const css::uno::Sequence<css::beans::PropertyValue>& arguments);
    css::uno::Any shareable_copy(const css::uno::Sequence<css::beans::PropertyValue>& arguments);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

} // namespace goalpost::addin
