// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

namespace godwit {

namespace {

    bool needsEscape(char16_t c)
    {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
    }

    void appendEscaped(QString& out, char16_t c)
    {
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            return;
        case u'\r':
            out += QLatin1String("\\r");
            return;
        case u'\t':
            out += QLatin1String("\\t");
            return;
        case u'\0':
            out += QLatin1String("\\0");
            return;
        default:
            break;
        }
        if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    }

    QString escaped(QStringView text)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (needsEscape(c.unicode()))
                appendEscaped(out, c.unicode());
            else
                out += c;
        }
        return out;
    }

} // namespace

QString oneLine(QStringView text, qsizetype maxToken)
{
    QString out;
    qsizetype start = 0;
    // Token by token (runs without a space), so that long paths in a short message survive.
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != QLatin1Char(' '))
            ++end;
        const QStringView token = text.sliced(start, end - start);
        out += token.size() > 2 * maxToken ? excerpt(token, maxToken) : escaped(token);
        if (end < text.size())
            out += QLatin1Char(' ');
        start = end + 1;
    }
    return out;
}

QString excerpt(QStringView text, qsizetype maxLength)
{
    if (text.size() <= maxLength || maxLength < 2)
        return escaped(text);
    // Never cut between the two halves of a surrogate pair.
    const qsizetype cut = text[maxLength - 1].isHighSurrogate() ? maxLength - 1 : maxLength;
    return escaped(text.first(cut)) + QChar(0x2026);
}

} // namespace godwit
