// SPDX-License-Identifier: GPL-3.0-or-later
#include "introspector.h"

#include "sqlite/database.h"

#include <algorithm>

#include <QMap>

namespace godwit::schema {

using sqlite::Statement;

namespace {

    IndexOrigin indexOrigin(const QString& origin)
    {
        if (origin == QLatin1String("pk"))
            return IndexOrigin::PrimaryKey;
        if (origin == QLatin1String("u"))
            return IndexOrigin::Unique;
        return IndexOrigin::CreateIndex;
    }

    // Re-binds a prepared pragma to another table (or index) and reads its rows.
    template <typename RowFn> Result<void> run(Statement& st, const QString& arg, RowFn&& onRow)
    {
        st.reset();
        st.clearBindings();
        if (auto r = st.bind(1, arg); !r)
            return r;
        const Result<void> read = st.forEachRow(onRow);
        st.reset();
        return read;
    }

    Generated generatedOf(qint64 hidden)
    {
        switch (hidden) {
        case 2:
            return Generated::Virtual;
        case 3:
            return Generated::Stored;
        default:
            return Generated::No;
        }
    }

} // namespace

Result<void> Introspector::prepare()
{
    const struct {
        Statement* statement;
        const char* sql;
    } statements[] = {
        { &m_xinfo, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1, 'main')" },
        { &m_indexList, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1, 'main')" },
        { &m_indexXinfo,
            "SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?1, 'main') WHERE key ORDER BY seqno" },
        { &m_fkList,
            "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM "
            "pragma_foreign_key_list(?1, 'main') "
            "ORDER BY id, seq" },
    };
    for (const auto& s : statements) {
        auto st = m_db.prepare(QString::fromLatin1(s.sql));
        if (!st)
            return std::unexpected(st.error());
        *s.statement = std::move(*st);
    }
    return {};
}

Result<QList<Column>> Introspector::columns(const QString& table, bool strict)
{
    QList<Column> out;
    auto rows = run(m_xinfo, table, [&](const Statement& st) {
        Column c;
        c.name = st.text(0);
        c.declaredType = st.text(1);
        // ANY in a STRICT table stores values unchanged, which is BLOB affinity (stricttables.html §3).
        c.affinity = strict && c.declaredType.compare(QLatin1String("ANY"), Qt::CaseInsensitive) == 0
            ? Affinity::Blob
            : affinityOf(c.declaredType);
        c.notNull = st.int64(2) != 0;
        c.hasDefault = !st.isNull(3);
        c.defaultValue = c.hasDefault ? st.text(3) : QString();
        c.primaryKeyPosition = static_cast<int>(st.int64(4));
        // table_xinfo's hidden: 1 a virtual table's hidden column, 2 and 3 generated columns.
        c.hidden = st.int64(5) == 1;
        c.generated = generatedOf(st.int64(5));
        out.append(c);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<ForeignKey>> Introspector::foreignKeys(const QString& table)
{
    QMap<int, ForeignKey> byId;
    auto rows = run(m_fkList, table, [&](const Statement& st) {
        const int id = static_cast<int>(st.int64(0));
        ForeignKey& fk = byId[id];
        fk.id = id;
        fk.parentTable = st.text(2);
        fk.columns.append(st.text(3));
        fk.parentColumns.append(st.isNull(4) ? QString() : st.text(4)); // NULL: the parent's primary key
        fk.onUpdate = foreignKeyActionFromSql(st.text(5));
        fk.onDelete = foreignKeyActionFromSql(st.text(6));
    });
    if (!rows)
        return std::unexpected(rows.error());
    // SQLite numbers foreign keys last-declared first; declaration order reads better.
    QList<ForeignKey> out = byId.values();
    std::ranges::reverse(out);
    return out;
}

Result<QList<Index>> Introspector::indexes(const QString& table, QList<bool>& partial)
{
    QList<Index> out;
    partial.clear();
    auto rows = run(m_indexList, table, [&](const Statement& st) {
        Index index;
        index.name = st.text(0);
        index.table = table;
        index.unique = st.int64(1) != 0;
        index.origin = indexOrigin(st.text(2));
        out.append(index);
        partial.append(st.int64(3) != 0);
    });
    if (!rows)
        return std::unexpected(rows.error());
    for (Index& index : out) {
        auto parts = run(m_indexXinfo, index.name, [&](const Statement& st) {
            IndexPart part;
            const qint64 cid = st.int64(0);
            if (cid == -1)
                part.column = QStringLiteral("rowid");
            else if (cid >= 0)
                part.column = st.text(1);
            part.descending = st.int64(2) != 0;
            part.collation = st.text(3);
            index.parts.append(part);
        });
        if (!parts)
            return std::unexpected(parts.error());
    }
    return out;
}

} // namespace godwit::schema
