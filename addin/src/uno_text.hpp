// Texts between UNO (UTF-16 OUString) and the core (UTF-8), in one place: Utf8View for the way
// in, to_oustring for the way out.
#pragma once

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <array>
#include <cstddef>
#include <string_view>

namespace goalpost::addin {

// A UNO text as UTF-8 for the core, the one conversion a call needs, without a heap allocation
// when it fits a stack buffer (field and criterion names, nearly every objective).
class Utf8View {
public:
    explicit Utf8View(const rtl::OUString& text) {
        const sal_Unicode* chars = text.getStr();
        const auto length = static_cast<std::size_t>(text.getLength());
        std::size_t size = 0;
        for (std::size_t i = 0; i < length; ++i) {
            const sal_Unicode c = chars[i];
            if (size + 3 > buffer_.size() || (c >= 0xD800 && c <= 0xDFFF)) {
                // long, or outside the Basic Multilingual Plane: the library's conversion
                spill_ = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
                view_ = std::string_view(spill_.getStr(),
                                         static_cast<std::size_t>(spill_.getLength()));
                return;
            }
            if (c < 0x80) {
                buffer_[size++] = static_cast<char>(c);
            } else if (c < 0x800) {
                buffer_[size++] = static_cast<char>(0xC0 | (c >> 6));
                buffer_[size++] = static_cast<char>(0x80 | (c & 0x3F));
            } else {
                buffer_[size++] = static_cast<char>(0xE0 | (c >> 12));
                buffer_[size++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                buffer_[size++] = static_cast<char>(0x80 | (c & 0x3F));
            }
        }
        view_ = std::string_view(buffer_.data(), size);
    }
    Utf8View(const Utf8View&) = delete;
    Utf8View& operator=(const Utf8View&) = delete;

    [[nodiscard]] std::string_view view() const { return view_; }

private:
    std::array<char, 512> buffer_; // filled only up to view_.size()
    rtl::OString spill_;
    std::string_view view_;
};

// A UTF-8 text of the core (a reason, a kind, a name) as a UNO text.
inline rtl::OUString to_oustring(std::string_view utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace goalpost::addin
