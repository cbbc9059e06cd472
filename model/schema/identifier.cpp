// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifier.h"

#include "sqlite/keyword.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    char16_t folded(QChar c)
    {
        const char16_t u = c.unicode();
        return u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u;
    }

} // namespace

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
    return plain && !sqlite::isKeyword(name) ? name.toString() : quoteIdentifier(name);
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

QString identifierKey(QStringView name)
{
    QString key(name.size(), Qt::Uninitialized);
    std::transform(name.begin(), name.end(), key.begin(), [](QChar c) { return QChar(folded(c)); });
    return key;
}

bool sameIdentifier(QStringView a, QStringView b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](QChar x, QChar y) { return folded(x) == folded(y); });
}

int compareIdentifiers(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (const int d = int(folded(a[i])) - int(folded(b[i])); d != 0)
            return d;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

bool containsIdentifier(const QStringList& names, QStringView name)
{
    return std::ranges::any_of(names, [name](const QString& n) { return sameIdentifier(n, name); });
}

} // namespace godwit::schema
