// SPDX-License-Identifier: GPL-3.0-or-later
#include "affinity.h"

namespace godwit::schema {

Affinity affinityOf(QStringView declaredType)
{
    const QStringView t = declaredType;
    auto has = [&](const char* word) { return t.contains(QLatin1StringView(word), Qt::CaseInsensitive); };
    // The order of these tests is SQLite's: "CHARINT" is INTEGER, "FLOATING POINT" is INTEGER.
    if (has("INT"))
        return Affinity::Integer;
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return Affinity::Text;
    if (has("BLOB") || t.trimmed().isEmpty())
        return Affinity::Blob;
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString affinityName(Affinity affinity)
{
    switch (affinity) {
    case Affinity::Integer: return QStringLiteral("INTEGER");
    case Affinity::Text: return QStringLiteral("TEXT");
    case Affinity::Blob: return QStringLiteral("BLOB");
    case Affinity::Real: return QStringLiteral("REAL");
    case Affinity::Numeric: return QStringLiteral("NUMERIC");
    }
    return {};
}

} // namespace godwit::schema
