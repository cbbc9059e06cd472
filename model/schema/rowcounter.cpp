// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcounter.h"

#include "identifier.h"
#include "sqlite/database.h"

#include <algorithm>

#include <QHash>

namespace godwit::schema {

namespace {

    using sqlite::Database;

    // The first integer of a sqlite_stat1 stat is the number of rows in the table (or partial index).
    Result<QHash<QString, qint64>> statRowCounts(const Database& db)
    {
        QHash<QString, qint64> counts;
        auto exists = db.scalar(
            QStringLiteral("SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'"));
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->isNull())
            return counts;
        auto st = db.prepare(QStringLiteral("SELECT tbl, stat FROM main.sqlite_stat1"));
        if (!st)
            return std::unexpected(st.error());
        const auto read = st->forEachRow([&](const sqlite::Statement& row) {
            bool ok = false;
            const qint64 n = row.text(1).section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
            if (ok) {
                qint64& value = counts[identifierKey(row.text(0))];
                value = std::max(value, n);
            }
        });
        if (!read)
            return std::unexpected(read.error());
        return counts;
    }

    Result<qint64> estimate(const Database& db, const Table& table, const QHash<QString, qint64>& stats)
    {
        if (auto it = stats.find(identifierKey(table.name)); it != stats.end())
            return *it;
        if (table.withoutRowid)
            return -1;
        // max(rowid) is a single b-tree descent; a real column named rowid hides that alias.
        for (const char* alias : { "rowid", "_rowid_", "oid" }) {
            if (table.column(QString::fromLatin1(alias)))
                continue;
            auto v = db.scalar(QStringLiteral("SELECT max(%1) FROM main.%2")
                                   .arg(QLatin1String(alias), schema::quoteIdentifier(table.name)));
            if (!v)
                return std::unexpected(v.error());
            return v->isNull() ? 0 : v->toLongLong();
        }
        return -1;
    }

} // namespace

Result<void> RowCounter::count(const Database& db, QList<Table>& tables, const ReadOptions& options)
{
    if (options.rowCounts == ReadOptions::RowCounts::None)
        return {};
    QHash<QString, qint64> stats;
    if (options.rowCounts == ReadOptions::RowCounts::Estimate) {
        auto s = statRowCounts(db);
        if (!s)
            return std::unexpected(s.error());
        stats = std::move(*s);
    }
    for (Table& table : tables) {
        if (table.isVirtual)
            continue; // counting would run the module's xFilter, possibly over external data
        if (options.rowCounts == ReadOptions::RowCounts::Estimate) {
            auto e = estimate(db, table, stats);
            if (!e)
                return std::unexpected(e.error());
            if (*e >= options.exactCountLimit) {
                table.rowCount = RowCount { *e, false };
                continue;
            }
        }
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM main.%1").arg(schema::quoteIdentifier(table.name)));
        if (!n)
            return std::unexpected(n.error());
        table.rowCount = RowCount { n->toLongLong(), true };
    }
    return {};
}

} // namespace godwit::schema
