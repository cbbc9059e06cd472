// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemahistory.h"

#include "schema/identifier.h"
#include "schema/schema.h"
#include "sqlite/database.h"

#include <algorithm>

namespace godwit::migrations {

using schema::quoteIdentifier;

SchemaHistory::SchemaHistory(const sqlite::Database& db, QString table)
    : m_db(db)
    , m_table(std::move(table))
{
}

Result<bool> SchemaHistory::exists() const
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1 COLLATE NOCASE"),
        { m_table });
    if (!n)
        return std::unexpected(n.error());
    return n->toInt() > 0;
}

Result<void> SchemaHistory::create() const
{
    const QString t = quoteIdentifier(m_table);
    const QString sql = QStringLiteral(R"(CREATE TABLE %1 (
    "installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL
);
CREATE INDEX %2 ON %1 ("success");
)")
                            .arg(t, quoteIdentifier(m_table + QStringLiteral("_s_idx")));
    return m_db.exec(sql);
}

Result<QList<HistoryRow>> SchemaHistory::rows() const
{
    auto present = exists();
    if (!present)
        return std::unexpected(present.error());
    QList<HistoryRow> out;
    if (!*present)
        return out;
    auto st = m_db.prepare(
        QStringLiteral("SELECT installed_rank, version, description, type, script, checksum, installed_by, "
                       "installed_on, execution_time, success FROM %1 ORDER BY installed_rank")
            .arg(quoteIdentifier(m_table)));
    if (!st)
        return std::unexpected(st.error());
    const auto read = st->forEachRow([&](const sqlite::Statement& row) {
        HistoryRow r;
        r.installedRank = static_cast<int>(row.int64(0));
        r.version = row.isNull(1) ? QString() : row.text(1);
        r.description = row.text(2);
        r.type = row.text(3);
        r.script = row.text(4);
        if (!row.isNull(5))
            r.checksum = static_cast<qint32>(row.int64(5));
        r.installedBy = row.text(6);
        r.installedOn = row.text(7);
        r.executionTime = static_cast<int>(row.int64(8));
        r.success = row.int64(9) != 0;
        out.append(r);
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

Result<int> SchemaHistory::append(const HistoryRow& row) const
{
    auto next = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(installed_rank), 0) + 1 FROM %1").arg(quoteIdentifier(m_table)));
    if (!next)
        return std::unexpected(next.error());
    const int rank = next->toInt();
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, checksum, "
                       "installed_by, installed_on, execution_time, success) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                       "coalesce(?8, strftime('%Y-%m-%d %H:%M:%f','now')), ?9, ?10)")
            .arg(quoteIdentifier(m_table)));
    if (!st)
        return std::unexpected(st.error());
    const QVariantList values = { rank, row.version.isEmpty() ? QVariant() : QVariant(row.version), row.description,
        row.type, row.script, row.checksum ? QVariant(*row.checksum) : QVariant(), row.installedBy,
        row.installedOn.isEmpty() ? QVariant() : QVariant(row.installedOn), row.executionTime, row.success ? 1 : 0 };
    for (int i = 0; i < values.size(); ++i) {
        if (auto r = st->bind(i + 1, values.at(i)); !r)
            return std::unexpected(r.error());
    }
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    return rank;
}

Result<void> SchemaHistory::removeRank(int installedRank) const
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE installed_rank = ?1").arg(quoteIdentifier(m_table)));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->bind(1, installedRank); !r)
        return r;
    return st->exec();
}

Result<void> SchemaHistory::realign(
    int installedRank, const QString& description, const QString& type, std::optional<qint32> checksum) const
{
    auto st = m_db.prepare(
        QStringLiteral("UPDATE %1 SET description = ?1, type = ?2, checksum = ?3 WHERE installed_rank = ?4")
            .arg(quoteIdentifier(m_table)));
    if (!st)
        return std::unexpected(st.error());
    const QVariantList values = { description, type, checksum ? QVariant(*checksum) : QVariant(), installedRank };
    for (int i = 0; i < values.size(); ++i) {
        if (auto r = st->bind(i + 1, values.at(i)); !r)
            return r;
    }
    return st->exec();
}

Result<bool> SchemaHistory::hasOtherTables() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'view') "
                                        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ?1 COLLATE NOCASE"),
        { m_table });
    if (!n)
        return std::unexpected(n.error());
    return n->toInt() > 0;
}

void SchemaHistory::removeFrom(schema::Schema& schema, const QString& table)
{
    schema.tables.removeIf([&](const schema::Table& t) { return schema::sameIdentifier(t.name, table); });
    schema.triggers.removeIf([&](const schema::Trigger& t) { return schema::sameIdentifier(t.table, table); });
}

} // namespace godwit::migrations
