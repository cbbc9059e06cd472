// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepager.h"

#include "schema/identifier.h"

#include <algorithm>

namespace godwit::data {

using schema::quoteIdentifier;

namespace {

    Result<void> bindAll(sqlite::Statement& st, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i) {
            if (auto r = st.bind(i + 1, values.at(i)); !r)
                return r;
        }
        return {};
    }

    // The name that reaches the rowid: a column may be called rowid, but not all three aliases.
    QString rowidName(const QStringList& columns)
    {
        for (const char* alias : { "rowid", "_rowid_", "oid" }) {
            const QString a = QString::fromLatin1(alias);
            if (!std::ranges::any_of(columns, [&](const QString& c) { return schema::sameIdentifier(c, a); }))
                return a;
        }
        return {};
    }

} // namespace

Result<TablePager> TablePager::open(sqlite::Database db, const QString& table)
{
    TablePager p;
    auto kind
        = db.scalar(QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = ? AND type = 'table'"), { table });
    if (!kind)
        return std::unexpected(kind.error());
    if (kind->isNull())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no table named %1").arg(table), db.path());
    const bool withoutRowid = kind->toInt() == 1;
    // Hidden 1 is a virtual table's hidden column; 2 and 3 are generated columns, shown.
    auto st
        = db.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_xinfo(?) WHERE hidden != 1 ORDER BY cid"));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->bind(1, table); !r)
        return std::unexpected(r.error());
    std::map<int, QString> primaryKey;
    while (true) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        p.m_columns << st->text(0);
        p.m_types << st->text(1);
        if (st->int64(2) > 0)
            primaryKey[int(st->int64(2))] = quoteIdentifier(st->text(0));
    }
    if (withoutRowid) {
        for (const auto& [position, column] : primaryKey)
            p.m_key << column;
    } else {
        p.m_key << rowidName(p.m_columns);
        if (p.m_key.front().isEmpty())
            return fail(Error::Code::Unsupported,
                QStringLiteral("%1 has columns named rowid, _rowid_ and oid: its rows cannot be paged").arg(table),
                db.path());
    }
    p.m_db = std::move(db);
    p.m_table = table;
    // Not counted yet: the first page can show before count(*) has read a big table.
    if (auto r = p.setQuery({}, false); !r)
        return std::unexpected(r.error());
    return p;
}

QString TablePager::selectSql() const
{
    QStringList order;
    if (m_query.sortColumn >= 0)
        order << quoteIdentifier(m_columns.at(m_query.sortColumn));
    order << m_key;
    for (QString& o : order)
        o += m_query.descending ? QStringLiteral(" DESC") : QString();
    // The filters' values are written in as literals here: this text is for a person to edit.
    QString where = m_filterSql;
    for (const QVariant& v : m_filterValues) {
        const qsizetype at = where.indexOf(QLatin1Char('?'));
        const QString literal = v.typeId() == QMetaType::QString ? schema::quoteString(v.toString()) : v.toString();
        where.replace(at, 1, literal);
    }
    return QStringLiteral("SELECT * FROM %1%2 ORDER BY %3")
        .arg(quoteIdentifier(m_table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where,
            order.join(QStringLiteral(", ")));
}

Result<void> TablePager::setQuery(const TableQuery& query, bool count)
{
    m_query = query;
    m_anchors.clear();
    m_segments.clear();
    if (query.sortColumn < 0 || query.sortColumn >= m_columns.size()) {
        m_query.sortColumn = -1;
        m_segments << Segment { QString(), m_key };
    } else {
        // NULLs sort first ascending and last descending, as ORDER BY puts them.
        const QString s = quoteIdentifier(m_columns.at(query.sortColumn));
        const Segment nulls { QStringLiteral("%1 IS NULL").arg(s), m_key };
        const Segment values { QStringLiteral("%1 IS NOT NULL").arg(s), QStringList { s } + m_key };
        m_segments = query.descending ? QList<Segment> { values, nulls } : QList<Segment> { nulls, values };
    }
    QStringList filters;
    m_filterValues.clear();
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (it.key() < 0 || it.key() >= m_columns.size())
            continue;
        const FilterClause f = FilterClause::parse(quoteIdentifier(m_columns.at(it.key())), it.value());
        if (f.sql.isEmpty())
            continue;
        filters << f.sql;
        m_filterValues << f.values;
    }
    m_filterSql = filters.join(QStringLiteral(" AND "));
    m_rows = -1;
    if (count) {
        if (auto r = this->count(); !r)
            return r;
    }
    // The segment holding the non-NULL values is the one whose order an index can serve.
    const Segment& sorted
        = m_segments.size() > 1 ? (query.descending ? m_segments.front() : m_segments.back()) : m_segments.front();
    QStringList order = sorted.terms;
    for (QString& o : order)
        o += m_query.descending ? QStringLiteral(" DESC") : QString();
    QStringList where { sorted.where, m_filterSql };
    where.removeAll(QString());
    auto plan = m_db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM %1%2 ORDER BY %3 LIMIT 1")
                                 .arg(quoteIdentifier(m_table),
                                     where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(" AND "),
                                     order.join(QStringLiteral(", "))));
    if (!plan)
        return std::unexpected(plan.error());
    if (auto r = bindAll(*plan, m_filterValues); !r)
        return r;
    m_orderUsesIndex = true;
    while (plan->step().value_or(false)) {
        if (plan->text(3).contains(QLatin1String("TEMP B-TREE FOR ORDER BY")))
            m_orderUsesIndex = false;
    }
    return {};
}

Result<void> TablePager::count()
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1%2")
                               .arg(quoteIdentifier(m_table),
                                   m_filterSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_filterSql));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = bindAll(*st, m_filterValues); !r)
        return r;
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    m_rows = st->int64(0);
    return {};
}

Result<void> TablePager::walk(const Anchor* from, bool forward, bool keysOnly, qint64 limit,
    const std::function<bool(qsizetype, const QVariantList&)>& visit) const
{
    const qsizetype count = m_segments.size();
    qsizetype i = from ? from->segment : (forward ? 0 : count - 1);
    const bool descending = m_query.descending != !forward;
    QStringList columns;
    if (!keysOnly) {
        for (const QString& c : m_columns)
            columns << quoteIdentifier(c);
    }
    for (; i >= 0 && i < count && limit > 0; i += forward ? 1 : -1) {
        const Segment& seg = m_segments.at(i);
        QStringList where { seg.where, m_filterSql };
        QVariantList values = m_filterValues;
        if (from && i == from->segment) {
            QStringList marks(seg.terms.size(), QStringLiteral("?"));
            where << QStringLiteral("(%1) %2 (%3)")
                         .arg(seg.terms.join(QStringLiteral(", ")),
                             descending ? QStringLiteral("<=") : QStringLiteral(">="),
                             marks.join(QStringLiteral(", ")));
            values << from->values;
        }
        where.removeAll(QString());
        QStringList order = seg.terms;
        for (QString& o : order)
            o += descending ? QStringLiteral(" DESC") : QString();
        auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT %5")
                                   .arg((columns + seg.terms).join(QStringLiteral(", ")), quoteIdentifier(m_table),
                                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(" AND "),
                                       order.join(QStringLiteral(", ")))
                                   .arg(limit));
        if (!st)
            return std::unexpected(st.error());
        if (auto r = bindAll(*st, values); !r)
            return r;
        while (true) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            QVariantList out;
            out.reserve(st->columnCount());
            for (int c = 0; c < st->columnCount(); ++c)
                out << st->value(c);
            --limit;
            if (!visit(i, out) || limit == 0)
                return {};
        }
    }
    return {};
}

Result<void> TablePager::locate(qint64 index)
{
    const qint64 target = index * PageSize;
    auto above = m_anchors.upper_bound(index);
    const qint64 fromAbove = above == m_anchors.end() ? m_rows - 1 - target : above->first * PageSize - target;
    auto below = m_anchors.lower_bound(index);
    const qint64 fromBelow = below == m_anchors.begin() ? target : target - std::prev(below)->first * PageSize;
    const bool forward = fromBelow <= fromAbove;
    const Anchor* from = nullptr;
    qint64 position = 0;
    if (forward && below != m_anchors.begin()) {
        from = &std::prev(below)->second;
        position = std::prev(below)->first * PageSize;
    } else if (!forward) {
        from = above == m_anchors.end() ? nullptr : &above->second;
        position = above == m_anchors.end() ? m_rows - 1 : above->first * PageSize;
    }
    const Anchor start = from ? *from : Anchor {};
    // Keys only: the walk reads the index (or the table's b-tree) without the other columns.
    return walk(from ? &start : nullptr, forward, true, std::max<qint64>(1, std::abs(target - position) + 1),
        [&](qsizetype segment, const QVariantList& keys) {
            if (position % PageSize == 0)
                m_anchors[position / PageSize] = Anchor { segment, keys };
            if (position == target)
                return false;
            position += forward ? 1 : -1;
            return true;
        });
}

Result<QList<QVariantList>> TablePager::page(qint64 index)
{
    QList<QVariantList> rows;
    const qint64 first = index * PageSize;
    // Before count() only the first page is known to exist.
    if (index < 0 || (m_rows >= 0 && first >= m_rows) || (m_rows < 0 && index > 0))
        return rows;
    const qint64 wanted = m_rows < 0 ? PageSize : std::min(PageSize, m_rows - first);
    const qsizetype width = m_columns.size();
    const qint64 last = (m_rows - 1) / PageSize;
    qsizetype headSegment = 0;
    if (index == last && index > 0 && !m_anchors.contains(index)) {
        // The last page without walking to it: the order reversed, from the end.
        auto r = walk(nullptr, false, false, wanted, [&](qsizetype segment, const QVariantList& row) {
            rows.prepend(row);
            headSegment = segment;
            return true;
        });
        if (!r)
            return std::unexpected(r.error());
    } else {
        if (index > 0 && !m_anchors.contains(index)) {
            if (auto r = locate(index); !r)
                return std::unexpected(r.error());
        }
        const Anchor start = index > 0 ? m_anchors.at(index) : Anchor {};
        // One row past the page gives the next page's anchor: scrolling down never walks.
        auto r = walk(
            index > 0 ? &start : nullptr, true, false, wanted + 1, [&](qsizetype segment, const QVariantList& row) {
                if (rows.size() == wanted) {
                    m_anchors[index + 1] = Anchor { segment, row.mid(width) };
                    return false;
                }
                if (rows.isEmpty())
                    headSegment = segment;
                rows << row;
                return true;
            });
        if (!r)
            return std::unexpected(r.error());
    }
    if (!rows.isEmpty())
        m_anchors.try_emplace(index, Anchor { headSegment, rows.front().mid(width) });
    for (QVariantList& row : rows)
        row.resize(width);
    return rows;
}

} // namespace godwit::data
