// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannerdatabase.h"

#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/schema.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QVariant>

namespace godwit::queries {

namespace {

    using schema::Index;
    using schema::IndexOrigin;
    using schema::quoteIdentifier;
    using schema::sameIdentifier;
    using schema::Schema;
    using schema::Table;
    using sqlite::Database;

    const StatRow* findStat(const QList<StatRow>& stats, QStringView table, QStringView index)
    {
        for (const StatRow& row : stats) {
            if (sameIdentifier(row.table, table)
                && (index.isEmpty() ? row.index.isEmpty() : sameIdentifier(row.index, index)))
                return &row;
        }
        return nullptr;
    }

    // A table's row count as the statistics give it: the first number of any of its rows.
    std::optional<qint64> statRowCount(const QList<StatRow>& stats, QStringView table)
    {
        for (const StatRow& row : stats) {
            if (sameIdentifier(row.table, table)) {
                bool ok = false;
                const qint64 n = row.stat.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
                if (ok)
                    return n;
            }
        }
        return std::nullopt;
    }

    QStringList plainColumns(const Index& index)
    {
        QStringList out;
        for (const auto& part : index.parts) {
            if (part.isExpression())
                return {};
            out << part.column;
        }
        return out;
    }

    bool hasColumns(const Table* table, const QStringList& columns)
    {
        if (!table || columns.isEmpty())
            return false;
        return std::all_of(columns.begin(), columns.end(),
            [table](const QString& c) { return table->column(c) != nullptr || schema::sameIdentifier(c, u"rowid"); });
    }

    Result<void> createSchema(const Database& db, const Schema& schema)
    {
        for (const Table& t : schema.tables) {
            const QString sql = t.sql.isEmpty() ? schema::DdlGenerator::createTable(t) : t.sql;
            if (auto r = db.exec(sql); !r) {
                if (t.isVirtual) // a module this build of SQLite lacks: queries on it then report it missing
                    continue;
                Error e = r.error();
                e.message = QStringLiteral("cannot create table %1 for planning: %2").arg(t.name, e.message);
                return std::unexpected(e);
            }
        }
        for (const Table& t : schema.tables) {
            for (const Index& index : t.indexes) {
                if (index.origin != IndexOrigin::CreateIndex)
                    continue;
                const QString sql = index.sql.isEmpty() ? schema::DdlGenerator::createIndex(index) : index.sql;
                if (auto r = db.exec(sql); !r) {
                    Error e = r.error();
                    e.message = QStringLiteral("cannot create index %1 for planning: %2").arg(index.name, e.message);
                    return std::unexpected(e);
                }
            }
        }
        // Views may use views defined after them; create what can be created until nothing changes.
        // A view that never builds is left out, and queries that read it report it missing.
        QList<const schema::View*> pending;
        for (const auto& v : schema.views)
            pending << &v;
        for (bool progress = true; progress && !pending.isEmpty();) {
            progress = false;
            for (auto it = pending.begin(); it != pending.end();) {
                if (db.exec((*it)->sql)) {
                    it = pending.erase(it);
                    progress = true;
                } else {
                    ++it;
                }
            }
        }
        return {};
    }

} // namespace

Result<QList<StatRow>> PlannerDatabase::readStats(const Database& db)
{
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"));
    if (!exists)
        return std::unexpected(exists.error());
    QList<StatRow> rows;
    if (exists->toInt() == 0)
        return rows;
    auto st = db.prepare(QStringLiteral("SELECT tbl, idx, stat FROM sqlite_stat1"));
    if (!st)
        return std::unexpected(st.error());
    const auto read = st->forEachRow([&](const sqlite::Statement& row) {
        rows << StatRow { row.text(0), row.isNull(1) ? QString() : row.text(1), row.text(2) };
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<QString> PlannerDatabase::measureStat(
    const Database& data, const QString& table, const QStringList& columns, bool unique, const Options& options)
{
    auto count = data.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(table)));
    if (!count)
        return std::unexpected(count.error());
    const qint64 n = count->toLongLong();
    if (n == 0 || columns.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no rows to measure in %1").arg(table));
    QStringList quoted;
    for (const QString& c : columns)
        quoted << quoteIdentifier(c);
    // Big tables: the average rows per key is measured on the first rows only, which is what
    // ANALYZE's own sampling trades too.
    const qint64 sample = std::min(n, std::max<qint64>(1, options.sampleRows));
    const QString source = n > sample ? QStringLiteral("(SELECT %1 FROM %2 LIMIT %3)")
                                            .arg(quoted.join(QLatin1String(", ")), quoteIdentifier(table))
                                            .arg(sample)
                                      : quoteIdentifier(table);
    QString stat = QString::number(n);
    for (qsizetype k = 1; k <= quoted.size(); ++k) {
        if (unique && k == quoted.size()) {
            stat += QLatin1String(" 1");
            break;
        }
        auto distinct = data.scalar(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT %1 FROM %2)")
                                        .arg(quoted.mid(0, k).join(QLatin1String(", ")), source));
        if (!distinct)
            return std::unexpected(distinct.error());
        const qint64 d = std::max<qint64>(1, distinct->toLongLong());
        stat += QLatin1Char(' ') + QString::number((sample + d - 1) / d);
    }
    return stat;
}

Result<void> PlannerDatabase::writeStats(const Database& planner, const QList<StatRow>& rows)
{
    auto exists = planner.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"));
    if (!exists)
        return std::unexpected(exists.error());
    // ANALYZE creates sqlite_stat1; on the empty planner copy it measures nothing worth keeping.
    if (exists->toInt() == 0) {
        if (auto r = planner.exec(QStringLiteral("ANALYZE")); !r)
            return r;
    }
    auto remove = planner.prepare(QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = ?1 AND idx IS ?2"));
    if (!remove)
        return std::unexpected(remove.error());
    auto insert = planner.prepare(QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const StatRow& row : rows) {
        const QVariant index = row.index.isEmpty() ? QVariant() : QVariant(row.index);
        remove->reset();
        if (auto r = remove->bindAll(row.table, index); !r)
            return r;
        if (auto r = remove->exec(); !r)
            return r;
        insert->reset();
        if (auto r = insert->bind(1, row.table); !r)
            return r;
        if (auto r = insert->bind(2, index); !r)
            return r;
        if (auto r = insert->bind(3, row.stat); !r)
            return r;
        if (auto r = insert->exec(); !r)
            return r;
    }
    // "ANALYZE sqlite_schema" makes the connection reload the statistics tables.
    return planner.exec(QStringLiteral("ANALYZE sqlite_schema"));
}

Result<Database> PlannerDatabase::build(const Schema& schema, const QList<StatRow>& stats, const Schema& statsSchema,
    const Database* data, const Options& options)
{
    auto db = Database::openMemory();
    if (!db)
        return db;
    {
        auto transaction = sqlite::Transaction::begin(*db);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto r = createSchema(*db, schema); !r)
            return std::unexpected(r.error());
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
    }
    // A database that was never ANALYZEd plans with SQLite's defaults; so must its copy.
    if (stats.isEmpty())
        return db;

    QList<StatRow> rows;
    for (const Table& t : schema.tables) {
        const Table* old = statsSchema.table(t.name);
        std::optional<qint64> n = old ? statRowCount(stats, t.name) : std::nullopt;
        if (!n && old && data) {
            if (auto c = data->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(old->name))))
                n = c->toLongLong();
        }
        if (n)
            rows << StatRow { t.name, {}, QString::number(*n) };
        for (const Index& index : t.indexes) {
            const Index* was = old ? old->index(index.name) : nullptr;
            if (was && was->parts == index.parts && was->where == index.where) {
                if (const StatRow* row = findStat(stats, old->name, was->name)) {
                    rows << StatRow { t.name, index.name, row->stat };
                    continue;
                }
            }
            const QStringList columns = plainColumns(index);
            if (!data || index.isPartial() || !hasColumns(old, columns))
                continue;
            if (auto stat = measureStat(*data, old->name, columns, index.unique, options))
                rows << StatRow { t.name, index.name, *stat };
        }
    }
    if (auto r = writeStats(*db, rows); !r)
        return std::unexpected(r.error());
    return db;
}

Result<Database> PlannerDatabase::fromDatabase(const Database& db)
{
    auto schema = schema::SchemaReader::read(db);
    if (!schema)
        return std::unexpected(schema.error());
    auto stats = readStats(db);
    if (!stats)
        return std::unexpected(stats.error());
    return build(*schema, *stats, *schema, &db);
}

Result<void> PlannerDatabase::applyMigration(const QString& copyPath, const QString& script, const QString& fileName)
{
    auto db = Database::openWritable(copyPath);
    if (!db)
        return std::unexpected(db.error());
    {
        auto transaction = sqlite::Transaction::begin(*db, sqlite::Transaction::Kind::Immediate);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto r = db->executeScript(script, fileName); !r)
            return r;
        if (auto r = transaction->commit(); !r)
            return r;
    }
    return db->exec(QStringLiteral("ANALYZE"));
}

} // namespace godwit::queries
