// SPDX-License-Identifier: GPL-3.0-or-later
#include "affinity.h"

#include <string>
#include <string_view>

namespace godwit::schema {

Affinity affinityOf(QStringView declaredType)
{
    // Called for every column of every schema read: upper-case ASCII into a local buffer once
    // instead of case-insensitive QString searches (non-ASCII never matches SQLite's keywords).
    std::string t;
    t.reserve(static_cast<size_t>(declaredType.size()));
    bool blank = true;
    for (QChar c : declaredType) {
        const char16_t u = c.unicode();
        t.push_back(u < 128 ? static_cast<char>(u >= 'a' && u <= 'z' ? u - ('a' - 'A') : u) : '?');
        blank = blank && (u == ' ' || u == '\t' || u == '\n' || u == '\r');
    }
    auto has = [&](std::string_view word) { return t.find(word) != std::string::npos; };
    // The order of these tests is SQLite's: "CHARINT" is INTEGER, "FLOATING POINT" is INTEGER.
    if (has("INT"))
        return Affinity::Integer;
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return Affinity::Text;
    if (has("BLOB") || blank)
        return Affinity::Blob;
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString affinityName(Affinity affinity)
{
    switch (affinity) {
    case Affinity::Integer:
        return QStringLiteral("INTEGER");
    case Affinity::Text:
        return QStringLiteral("TEXT");
    case Affinity::Blob:
        return QStringLiteral("BLOB");
    case Affinity::Real:
        return QStringLiteral("REAL");
    case Affinity::Numeric:
        return QStringLiteral("NUMERIC");
    }
    return {};
}

} // namespace godwit::schema
