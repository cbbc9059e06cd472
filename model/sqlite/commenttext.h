// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::sqlite {

// Beside quoteIdentifier (identifier.h): the one place text becomes part of a generated SQL
// comment (names, paths, titles). SQLite ends a `--` comment only at LF and a block comment at
// "*/", while editors and reviewers also break lines at CR, VT, FF, NEL and U+2028/U+2029 and
// reorder text at bidi controls: all of those become visible escapes (\n, \r, \t, \0, \x1b,
// \u2028), and "*/" and "/*" are split ("* /"), so a name can neither end the comment nor look as
// if it did.
[[nodiscard]] QString commentText(QStringView text);
// A whole `--` comment line: "-- " + commentText(text) + "\n".
[[nodiscard]] QString lineComment(QStringView text);

} // namespace godwit::sqlite
