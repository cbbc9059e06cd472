// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcostmeter.h"

#include "schema/schema.h"
#include "sqlite/database.h"
#include "sqlite/identifier.h"

#include <algorithm>
#include <vector>

#include <QElapsedTimer>

namespace godwit::queries {

namespace {

    using schema::Table;
    using sqlite::Database;
    using sqlite::quoteIdentifier;

    bool isGuarded(const Table& t, const QString& column)
    {
        if (t.column(column) && t.column(column)->isPrimaryKey())
            return true;
        for (const schema::Index& index : t.indexes) {
            if (!index.unique)
                continue;
            for (const schema::IndexPart& part : index.parts) {
                if (sqlite::sameIdentifier(part.column, column))
                    return true;
            }
        }
        return false;
    }

    bool isRowidAlias(const Table& t, const schema::Column& c)
    {
        const QStringList pk = t.primaryKey();
        return !t.withoutRowid && pk.size() == 1 && c.name == pk.first()
            && c.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    }

    // A value for `c` no row has: numbers shifted past the maximum, text with a suffix. Cloned
    // rows keep UNIQUE indexes and the primary key satisfied this way.
    QString freshExpression(const Table& t, const schema::Column& c)
    {
        const QString name = quoteIdentifier(c.name);
        if (c.affinity == schema::Affinity::Text || c.affinity == schema::Affinity::Blob)
            return QStringLiteral("%1 || '~godwit'").arg(name);
        return QStringLiteral("%1 + (SELECT max(%1) FROM %2) + 1").arg(name, quoteIdentifier(t.name));
    }

    QString insertBatch(const Table& t, int rows)
    {
        QStringList columns, values;
        for (const schema::Column& c : t.columns) {
            if (c.hidden || c.isGenerated() || isRowidAlias(t, c))
                continue;
            columns << quoteIdentifier(c.name);
            values << (isGuarded(t, c.name) ? freshExpression(t, c) : quoteIdentifier(c.name));
        }
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 %4LIMIT %5")
            .arg(quoteIdentifier(t.name), columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")),
                t.withoutRowid ? QString() : QStringLiteral("ORDER BY rowid "))
            .arg(rows);
    }

    // Rewrites `column` in the last rows: with the first row's value (so the index must move
    // each entry) or, for a guarded column, a fresh one. The value is a constant subquery,
    // evaluated once, so a new index cannot change how the batch finds it.
    QString updateBatch(const Table& t, const QString& column, int rows)
    {
        const schema::Column* c = t.column(column);
        if (!c || t.withoutRowid)
            return {};
        const QString table = quoteIdentifier(t.name);
        const QString name = quoteIdentifier(c->name);
        const QString value = isGuarded(t, c->name)
            ? freshExpression(t, *c)
            : QStringLiteral("(SELECT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY rowid LIMIT 1)").arg(name, table);
        return QStringLiteral(
            "UPDATE %1 SET %2 = %3 WHERE rowid IN (SELECT rowid FROM %1 ORDER BY rowid DESC LIMIT %4)")
            .arg(table, name, value)
            .arg(rows);
    }

    double median(std::vector<double> v)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        const size_t mid = v.size() / 2;
        return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    // Median time of `sql`, each run inside its own savepoint and rolled back; one untimed run first.
    Result<double> timeBatch(const Database& db, const QString& sql, int repeats)
    {
        if (sql.isEmpty())
            return 0.0;
        std::vector<double> times;
        for (int r = 0; r <= repeats; ++r) {
            if (auto s = db.exec(QStringLiteral("SAVEPOINT godwit_batch")); !s)
                return std::unexpected(s.error());
            QElapsedTimer timer;
            timer.start();
            auto run = db.exec(sql);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (auto s = db.exec(QStringLiteral("ROLLBACK TO godwit_batch; RELEASE godwit_batch")); !s)
                return std::unexpected(s.error());
            if (!run)
                return std::unexpected(run.error());
            if (r > 0)
                times.push_back(ms);
        }
        return median(times);
    }

    QString firstColumn(const Table& t, const QString& index)
    {
        if (const schema::Index* i = t.index(index)) {
            for (const schema::IndexPart& p : i->parts) {
                if (!p.isExpression())
                    return p.column;
            }
        }
        return {};
    }

    struct Timing {
        double insertMs = 0;
        double updateMs = 0;
    };

    Result<Timing> timeBoth(const Database& db, const Table& t, const QString& column, const IndexCostMeter::Options& o)
    {
        auto insert = timeBatch(db, insertBatch(t, o.rows), o.repeats);
        if (!insert)
            return std::unexpected(insert.error());
        auto update = timeBatch(db, updateBatch(t, column, o.rows), o.repeats);
        if (!update)
            return std::unexpected(update.error());
        return Timing { *insert, *update };
    }

    // Runs `work` inside a savepoint that is always rolled back.
    template <typename Work> QString insideSavepoint(const Database& db, Work work)
    {
        if (auto s = db.exec(QStringLiteral("SAVEPOINT godwit_cost")); !s)
            return s.error().message;
        const QString error = work();
        if (auto s = db.exec(QStringLiteral("ROLLBACK TO godwit_cost; RELEASE godwit_cost")); !s && error.isEmpty())
            return s.error().message;
        return error;
    }

} // namespace

bool IndexCostMeter::hasDbstat(const Database& db)
{
    return db.prepare(QStringLiteral("SELECT 1 FROM dbstat LIMIT 1")).has_value();
}

Result<qint64> IndexCostMeter::size(
    const Database& db, const Table& table, const QString& index, const QStringList& columns, bool* estimated)
{
    *estimated = false;
    if (hasDbstat(db)) {
        auto bytes
            = db.scalar(QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?1"), { index });
        if (!bytes)
            return std::unexpected(bytes.error());
        return bytes->toLongLong();
    }
    // Without dbstat: rows × (average key length + rowid + record header), over a typical page fill.
    *estimated = true;
    auto rows = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(table.name)));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList lengths;
    for (const QString& c : columns)
        lengths << QStringLiteral("coalesce(avg(length(%1)), 0)").arg(quoteIdentifier(c));
    auto key = db.scalar(QStringLiteral("SELECT %1 FROM (SELECT * FROM %2 LIMIT 1000)")
                             .arg(lengths.isEmpty() ? QStringLiteral("0") : lengths.join(QLatin1String(" + ")),
                                 quoteIdentifier(table.name)));
    if (!key)
        return std::unexpected(key.error());
    return qint64(double(rows->toLongLong()) * (key->toDouble() + 8 + 4) / 0.85);
}

IndexCost IndexCostMeter::measureExisting(
    const Database& copy, const Table& table, const QString& index, const Options& options)
{
    IndexCost cost { table.name, index, false, options.rows, 0, 0, 0, 0, -1, false, {} };
    const QString column = firstColumn(table, index);
    QStringList columns;
    if (const schema::Index* i = table.index(index)) {
        for (const schema::IndexPart& p : i->parts)
            columns << (p.isExpression() ? p.expression : p.column);
    }
    if (auto bytes = size(copy, table, index, columns, &cost.sizeEstimated))
        cost.sizeBytes = *bytes;
    cost.error = insideSavepoint(copy, [&]() -> QString {
        auto with = timeBoth(copy, table, column, options);
        if (!with)
            return with.error().message;
        if (auto r = copy.exec(QStringLiteral("DROP INDEX %1").arg(quoteIdentifier(index))); !r)
            return r.error().message;
        auto without = timeBoth(copy, table, column, options);
        if (!without)
            return without.error().message;
        cost.insertMsWith = with->insertMs;
        cost.updateMsWith = with->updateMs;
        cost.insertMsWithout = without->insertMs;
        cost.updateMsWithout = without->updateMs;
        return {};
    });
    return cost;
}

IndexCost IndexCostMeter::measureProposed(const Database& copy, const Table& table, const QString& index,
    const QString& createSql, const QStringList& columns, const Options& options)
{
    IndexCost cost { table.name, index, true, options.rows, 0, 0, 0, 0, -1, false, {} };
    const QString column = columns.value(0);
    cost.error = insideSavepoint(copy, [&]() -> QString {
        auto without = timeBoth(copy, table, column, options);
        if (!without)
            return without.error().message;
        if (auto r = copy.exec(createSql); !r)
            return r.error().message;
        auto with = timeBoth(copy, table, column, options);
        if (!with)
            return with.error().message;
        if (auto bytes = size(copy, table, index, columns, &cost.sizeEstimated))
            cost.sizeBytes = *bytes;
        cost.insertMsWith = with->insertMs;
        cost.updateMsWith = with->updateMs;
        cost.insertMsWithout = without->insertMs;
        cost.updateMsWithout = without->updateMs;
        return {};
    });
    return cost;
}

} // namespace godwit::queries
