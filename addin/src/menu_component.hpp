// MenuComponent: the protocol handler behind the Goalpost menu (registration/package/Addons.xcu
// and ProtocolHandler.xcu). It answers "vnd.org.goalpost:" URLs: a packaged template opened as an
// untitled copy, or the packaged function reference opened in Calc. The commands themselves are
// read by addin/pure/menu_commands.hpp; this class only talks to LibreOffice.
#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace goalpost::addin {

using OUString = rtl::OUString;

// WeakImplHelper4: Debian's SDK has only the numbered helpers (../shared/notes/calc-addin-facts.md).
class MenuComponent
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                  css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit MenuComponent(css::uno::Reference<css::uno::XComponentContext> context)
        : context_(std::move(context)) {}

    // XDispatchProvider: this component dispatches the commands it knows, and nothing else.
    css::uno::Reference<css::frame::XDispatch> SAL_CALL
    queryDispatch(const css::util::URL& url, const OUString& target, sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XInitialization: the frame a protocol handler is created for; the commands open new
    // documents, so it is not kept.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>&) override {}

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace goalpost::addin
