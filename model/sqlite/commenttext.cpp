// SPDX-License-Identifier: GPL-3.0-or-later
#include "commenttext.h"

namespace godwit::sqlite {

namespace {

    // Characters that break or reorder a line for a reader but not for SQLite's tokenizer.
    bool needsEscape(char16_t c)
    {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
            || (c >= 0x200e && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
            || c == 0xfeff;
    }

    QString escaped(char16_t c)
    {
        switch (c) {
        case '\n':
            return QStringLiteral("\\n");
        case '\r':
            return QStringLiteral("\\r");
        case '\t':
            return QStringLiteral("\\t");
        case 0:
            return QStringLiteral("\\0");
        default:
            return c < 0x80 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                            : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }

} // namespace

QString commentText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    // Every character escaped is in the BMP, so UTF-16 units will do; surrogates pass through.
    for (QChar c : text) {
        if (needsEscape(c.unicode())) {
            out += escaped(c.unicode());
            continue;
        }
        // "*/" would end a block comment and "/*" start one: keep the two characters apart.
        if ((c == QLatin1Char('/') && out.endsWith(QLatin1Char('*')))
            || (c == QLatin1Char('*') && out.endsWith(QLatin1Char('/'))))
            out += QLatin1Char(' ');
        out += c;
    }
    return out;
}

QString lineComment(QStringView text) { return QStringLiteral("-- ") + commentText(text) + QLatin1Char('\n'); }

} // namespace godwit::sqlite
