// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcostmeter.h"

#include "schema/identifier.h"
#include "schema/schema.h"
#include "sqlite/database.h"

#include <algorithm>
#include <random>
#include <vector>

#include <QElapsedTimer>

namespace godwit::queries {

namespace {

    using schema::quoteIdentifier;
    using schema::Table;
    using sqlite::Database;

    bool isGuarded(const Table& t, const QString& column)
    {
        if (t.column(column) && t.column(column)->isPrimaryKey())
            return true;
        for (const schema::Index& index : t.indexes) {
            if (!index.unique)
                continue;
            for (const schema::IndexPart& part : index.parts) {
                if (schema::sameIdentifier(part.column, column))
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

    // The median of the paired differences and its 95% percentile-bootstrap interval, per row.
    Overhead overhead(const std::vector<double>& differencesMs, int rows)
    {
        Overhead o;
        if (differencesMs.empty() || rows <= 0)
            return o;
        const double perRow = 1000.0 / rows;
        o.medianUs = median(differencesMs) * perRow;
        std::mt19937_64 rng(20261207); // fixed: the same rounds give the same interval
        std::uniform_int_distribution<size_t> pick(0, differencesMs.size() - 1);
        std::vector<double> medians;
        constexpr int kResamples = 2000;
        for (int i = 0; i < kResamples; ++i) {
            std::vector<double> resample(differencesMs.size());
            for (double& d : resample)
                d = differencesMs[pick(rng)];
            medians.push_back(median(std::move(resample)));
        }
        std::sort(medians.begin(), medians.end());
        o.lowUs = medians[size_t(kResamples * 0.025)] * perRow;
        o.highUs = medians[size_t(kResamples * 0.975)] * perRow;
        return o;
    }

    // Time of one run of `sql`, inside its own savepoint, rolled back.
    Result<double> timeOnce(const Database& db, const QString& sql)
    {
        if (sql.isEmpty())
            return 0.0;
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
        return ms;
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

    // One variant of a round: `toggled` turns the table from its natural state into the other,
    // inside a savepoint that is rolled back. Returns an error message, or the two times.
    QString timeVariant(const Database& db, const QString& toggle, bool toggled, const QString& insert,
        const QString& update, double* insertMs, double* updateMs)
    {
        if (auto s = db.exec(QStringLiteral("SAVEPOINT godwit_variant")); !s)
            return s.error().message;
        QString error;
        if (toggled) {
            if (auto s = db.exec(toggle); !s)
                error = s.error().message;
        }
        if (error.isEmpty()) {
            auto i = timeOnce(db, insert);
            auto u = timeOnce(db, update);
            error = !i ? i.error().message : !u ? u.error().message : QString();
            *insertMs = i.value_or(0);
            *updateMs = u.value_or(0);
        }
        if (auto s = db.exec(QStringLiteral("ROLLBACK TO godwit_variant; RELEASE godwit_variant"));
            !s && error.isEmpty())
            error = s.error().message;
        return error;
    }

    // Paired rounds: each round times the insert and the update batch with the index and
    // without it, back to back, the order alternating, so a machine getting busier or quieter
    // weighs on both sides; the first round only warms the cache.
    QString measure(const Database& db, const Table& t, const QString& column, const IndexCostMeter::Options& o,
        bool naturalHasIndex, const QString& toggle, IndexCost& cost)
    {
        const QString insert = insertBatch(t, o.rows);
        const QString update = updateBatch(t, column, o.rows);
        std::vector<double> insertWith, insertWithout, updateWith, updateWithout, insertDiff, updateDiff;
        for (int r = 0; r <= o.repeats; ++r) {
            double ins[2] = { 0, 0 }; // [without, with]
            double upd[2] = { 0, 0 };
            for (int k = 0; k < 2; ++k) {
                const bool with = (r % 2 == 0) == (k == 0);
                const QString error
                    = timeVariant(db, toggle, with != naturalHasIndex, insert, update, &ins[with], &upd[with]);
                if (!error.isEmpty())
                    return error;
            }
            if (r == 0)
                continue;
            insertWith.push_back(ins[1]);
            insertWithout.push_back(ins[0]);
            updateWith.push_back(upd[1]);
            updateWithout.push_back(upd[0]);
            insertDiff.push_back(ins[1] - ins[0]);
            updateDiff.push_back(upd[1] - upd[0]);
        }
        cost.rounds = o.repeats;
        cost.insertMsWith = median(insertWith);
        cost.insertMsWithout = median(insertWithout);
        cost.updateMsWith = median(updateWith);
        cost.updateMsWithout = median(updateWithout);
        cost.insert = overhead(insertDiff, o.rows);
        cost.update = update.isEmpty() ? Overhead {} : overhead(updateDiff, o.rows);
        return {};
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
    IndexCost cost;
    cost.table = table.name;
    cost.index = index;
    cost.rows = options.rows;
    const QString column = firstColumn(table, index);
    QStringList columns;
    if (const schema::Index* i = table.index(index)) {
        for (const schema::IndexPart& p : i->parts)
            columns << (p.isExpression() ? p.expression : p.column);
    }
    if (auto bytes = size(copy, table, index, columns, &cost.sizeEstimated))
        cost.sizeBytes = *bytes;
    cost.error = insideSavepoint(copy, [&]() -> QString {
        return measure(
            copy, table, column, options, true, QStringLiteral("DROP INDEX %1").arg(quoteIdentifier(index)), cost);
    });
    return cost;
}

IndexCost IndexCostMeter::measureProposed(const Database& copy, const Table& table, const QString& index,
    const QString& createSql, const QStringList& columns, const Options& options)
{
    IndexCost cost;
    cost.table = table.name;
    cost.index = index;
    cost.proposed = true;
    cost.rows = options.rows;
    cost.error = insideSavepoint(copy, [&]() -> QString {
        if (const QString error = measure(copy, table, columns.value(0), options, false, createSql, cost);
            !error.isEmpty())
            return error;
        if (auto r = copy.exec(createSql); !r)
            return r.error().message;
        if (auto bytes = size(copy, table, index, columns, &cost.sizeEstimated))
            cost.sizeBytes = *bytes;
        return {};
    });
    return cost;
}

} // namespace godwit::queries
