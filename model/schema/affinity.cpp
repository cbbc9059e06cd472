// SPDX-License-Identifier: GPL-3.0-or-later
#include "affinity.h"

namespace godwit::schema {

Affinity affinityOf(QStringView declaredType)
{
    const QString t = declaredType.toString().toUpper();
    // The order of these tests is SQLite's: "CHARINT" is INTEGER, "FLOATING POINT" is INTEGER.
    if (t.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return Affinity::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
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
