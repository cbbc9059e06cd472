// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace godwit {

// A 1-based line and column in a text, columns counted in Unicode code points so that
// editors and `file:line:col` messages agree on non-ASCII text.
struct TextPosition {
    int line = 1;
    int column = 1;

    // Position of a byte offset into UTF-8 text (as sqlite3_error_offset reports it).
    [[nodiscard]] static TextPosition fromUtf8Offset(QByteArrayView utf8, qsizetype offset);

    // The inverse: byte offset of a line and column in UTF-8 text (clamped to the text).
    [[nodiscard]] static qsizetype utf8OffsetOf(QByteArrayView utf8, int line, int column);

    bool operator==(const TextPosition&) const = default;
};

} // namespace godwit
