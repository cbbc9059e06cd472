// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <expected>

namespace godwit {

// Every model call that can fail returns a Result: the value, or the Error that says why not.
template <typename T> using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(Error::Code code, QString message, QString file = {})
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.file = std::move(file);
    return std::unexpected<Error>(std::move(e));
}

} // namespace godwit
