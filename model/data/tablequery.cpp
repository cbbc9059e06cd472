// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablequery.h"

#include <array>

namespace godwit::data {

namespace {

    // A number stays a number when it is bound, so "<10" compares as SQLite compares numbers.
    QVariant bindable(const QString& text)
    {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return n;
        const double d = text.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(text);
    }

} // namespace

FilterClause FilterClause::parse(const QString& column, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return { QStringLiteral("%1 IS NULL").arg(column), {} };
    if (t.compare(QLatin1String("NOT NULL"), Qt::CaseInsensitive) == 0)
        return { QStringLiteral("%1 IS NOT NULL").arg(column), {} };
    // Longest operators first, so "<=" is not read as "<" followed by "=v".
    static const std::array<const char*, 6> operators { "<=", ">=", "!=", "=", "<", ">" };
    for (const char* op : operators) {
        const QLatin1StringView o(op);
        if (t.startsWith(o) && t.size() > o.size())
            return { QStringLiteral("%1 %2 ?").arg(column, o), { bindable(t.mid(o.size()).trimmed()) } };
    }
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return { QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column), { QLatin1Char('%') + escaped + QLatin1Char('%') } };
}

} // namespace godwit::data
