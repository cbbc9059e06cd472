// SPDX-License-Identifier: GPL-3.0-or-later
#include "textposition.h"

#include <algorithm>

namespace godwit {

TextPosition TextPosition::fromUtf8Offset(QByteArrayView utf8, qsizetype offset)
{
    TextPosition pos;
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Count only lead bytes: continuation bytes belong to the previous code point.
            ++pos.column;
        }
    }
    return pos;
}

qsizetype TextPosition::utf8OffsetOf(QByteArrayView utf8, int line, int column)
{
    TextPosition pos;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (pos.line == line && pos.column == column)
            return i;
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            if (pos.line == line)
                return i; // column past the end of the line
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return utf8.size();
}

} // namespace godwit
