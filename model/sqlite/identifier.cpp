// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifier.h"

#include <sqlite3.h>

namespace godwit::sqlite {

QString quoteIdentifier(QStringView name)
{
    QString out;
    out.reserve(name.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : name) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString quoteIdentifierIfNeeded(QStringView name)
{
    if (name.isEmpty())
        return quoteIdentifier(name);
    bool plain = !name.front().isDigit();
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('_');
        plain = plain && ok;
    }
    if (plain) {
        const QByteArray utf8 = name.toUtf8();
        plain = sqlite3_keyword_check(utf8.constData(), static_cast<int>(utf8.size())) == 0;
    }
    return plain ? name.toString() : quoteIdentifier(name);
}

QString quoteString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (QChar c : text) {
        if (c == QLatin1Char('\''))
            out += QLatin1Char('\'');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

bool sameIdentifier(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x >= 'A' && x <= 'Z')
            x += 'a' - 'A';
        if (y >= 'A' && y <= 'Z')
            y += 'a' - 'A';
        if (x != y)
            return false;
    }
    return true;
}

} // namespace godwit::sqlite
