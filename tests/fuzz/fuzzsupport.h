// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the input as bytes or text, and a check that aborts so that
// libFuzzer (or the replay runner) reports the input that broke a promise.
#pragma once

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace godwit::fuzz {

[[nodiscard]] inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Invalid UTF-8 becomes U+FFFD, as when Godwit reads a file.
[[nodiscard]] inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Prints what broke and aborts; not an assertion macro, which release builds drop.
[[noreturn]] void violated(const char* what, const char* file, int line);

} // namespace godwit::fuzz

#define GODWIT_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            godwit::fuzz::violated(#condition, __FILE__, __LINE__);                                                    \
    } while (false)
