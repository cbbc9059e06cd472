// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace godwit {

// Text fit for one line of a message: line breaks, NUL, escape and other control characters
// (and the invisible bidi overrides) written as \n, \r, \t, \0, \x1b, \u2028; a run of more
// than 2 × `maxToken` characters without a space is cut to `maxToken` and "…".
[[nodiscard]] QString oneLine(QStringView text, qsizetype maxToken = 60);
// A piece of the user's input quoted in a message: escaped as oneLine() and cut after
// `maxLength` characters with "…", so a runaway token (an unterminated string) stays short.
[[nodiscard]] QString excerpt(QStringView text, qsizetype maxLength = 60);

} // namespace godwit
