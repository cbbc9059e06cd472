// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationversion.h"

namespace godwit::migrations {

std::optional<MigrationVersion> MigrationVersion::parse(QStringView version)
{
    MigrationVersion v;
    v.text = version.toString().replace(QLatin1Char('_'), QLatin1Char('.'));
    if (v.text.isEmpty())
        return std::nullopt;
    const QStringList raw = v.text.split(QLatin1Char('.'));
    for (const QString& part : raw) {
        if (part.isEmpty())
            return std::nullopt;
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        qsizetype firstNonZero = 0;
        while (firstNonZero < part.size() - 1 && part[firstNonZero] == QLatin1Char('0'))
            ++firstNonZero;
        v.parts.append(part.mid(firstNonZero));
    }
    // Flyway drops trailing zero parts (but keeps the first), so 1.0.0 is the same version as 1.
    while (v.parts.size() > 1 && v.parts.constLast() == QLatin1String("0"))
        v.parts.removeLast();
    return v;
}

int MigrationVersion::compare(const MigrationVersion& other) const
{
    static const QString zero = QStringLiteral("0");
    const qsizetype n = std::max(parts.size(), other.parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString& a = i < parts.size() ? parts.at(i) : zero;
        const QString& b = i < other.parts.size() ? other.parts.at(i) : zero;
        // Without leading zeros a longer digit string is a bigger number.
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        if (const int c = a.compare(b); c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

} // namespace godwit::migrations
