// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifier.h"

#include "schema/identifier.h"
#include "sqlite/database.h"

namespace godwit::rehearsal {

using schema::quoteIdentifier;

namespace {

    QString keyOf(const ColumnMapping& m)
    {
        return schema::sameIdentifier(m.keyColumn, u"rowid") ? QStringLiteral("rowid") : quoteIdentifier(m.keyColumn);
    }

    // True when `table` has `column` now (the contract may have dropped it).
    Result<bool> hasColumn(const sqlite::Database& db, const QString& table, const QString& column)
    {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE"),
            { table, column });
        if (!n)
            return std::unexpected(n.error());
        return n->toLongLong() > 0;
    }

    Result<bool> bothColumns(const sqlite::Database& db, const ColumnMapping& m)
    {
        auto o = hasColumn(db, m.table, m.oldColumn);
        if (!o || !*o)
            return o;
        return hasColumn(db, m.table, m.newColumn);
    }

    QString driftPredicate(const ColumnMapping& m)
    {
        return QStringLiteral("%1 IS NOT %2").arg(quoteIdentifier(m.newColumn), m.up);
    }

    QString pendingExclusion(const ColumnMapping& m)
    {
        if (m.keyColumn.isEmpty())
            return {};
        return QStringLiteral(" AND NOT (%1 IS NULL AND %2 > :after AND %2 <= :upto)")
            .arg(quoteIdentifier(m.newColumn), keyOf(m));
    }

    QString atRiskTable(const ColumnMapping& m)
    {
        QString name = QStringLiteral("godwit_at_risk_");
        for (QChar c : m.table + QLatin1Char('_') + m.newColumn)
            name += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('_');
        return name;
    }

    Result<void> bindPending(sqlite::Statement& st, const Verifier::Pending& p)
    {
        if (st.parameterCount() == 0)
            return {};
        if (auto r = st.bind(QStringLiteral(":after"), p.after); !r)
            return r;
        return st.bind(QStringLiteral(":upto"), p.upTo);
    }

    // What a failed precondition's count means, in words: "151 rows still NULL in orders.shipping_eta".
    QString failedCheck(const QString& condition, qint64 rows)
    {
        static const QLatin1String noNull("no NULL left in ");
        if (condition.startsWith(noNull))
            return QStringLiteral("%1 rows still NULL in %2").arg(rows).arg(condition.mid(noNull.size()));
        if (condition.startsWith(QLatin1String("none: ")))
            return QStringLiteral("%1 rows where %2").arg(rows).arg(condition.mid(6));
        return QStringLiteral("%1 rows where this does not hold yet: %2").arg(rows).arg(condition);
    }

    // The rows' columns, named alike for every mapping so that one query can list them all.
    QString rowsSelect(const ColumnMapping& m)
    {
        return QStringLiteral("SELECT %1 AS \"table\", %2 AS key, %3 AS old_value, %4 AS new_value FROM %5 WHERE ")
            .arg(schema::quoteString(m.table), m.keyColumn.isEmpty() ? QStringLiteral("NULL") : keyOf(m),
                quoteIdentifier(m.oldColumn), quoteIdentifier(m.newColumn), quoteIdentifier(m.table));
    }

    // pendingExclusion() with the bounds written out, so the query runs as it is in an editor.
    QString pendingLiteral(const ColumnMapping& m, const Verifier::Pending& p)
    {
        if (m.keyColumn.isEmpty() || p.after >= p.upTo)
            return {};
        if (p.after == std::numeric_limits<qint64>::min() && p.upTo == std::numeric_limits<qint64>::max())
            return QStringLiteral(" AND %1 IS NOT NULL").arg(quoteIdentifier(m.newColumn));
        return QStringLiteral(" AND NOT (%1 IS NULL AND %2 > %3 AND %2 <= %4)")
            .arg(quoteIdentifier(m.newColumn), keyOf(m), QString::number(p.after), QString::number(p.upTo));
    }

} // namespace

Result<std::optional<qint64>> Verifier::driftRows(
    const sqlite::Database& db, const ColumnMapping& m, const Pending& pending)
{
    auto present = bothColumns(db, m);
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return std::optional<qint64>();
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2%3")
                             .arg(quoteIdentifier(m.table), driftPredicate(m), pendingExclusion(m)));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = bindPending(*st, pending); !r)
        return std::unexpected(r.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return std::optional<qint64>(st->int64(0));
}

QString Verifier::driftRowsSql(const ColumnMapping& m, const Pending& pending)
{
    return rowsSelect(m) + driftPredicate(m) + pendingLiteral(m, pending);
}

QString Verifier::nullRowsSql(const ColumnMapping& m)
{
    return rowsSelect(m)
        + QStringLiteral("%1 IS NULL AND %2 IS NOT NULL")
              .arg(quoteIdentifier(m.newColumn), quoteIdentifier(m.oldColumn));
}

Result<QList<IncidentRow>> Verifier::sampleRows(
    const sqlite::Database& db, const ColumnMapping& m, const QString& sql, qsizetype limit)
{
    QList<IncidentRow> out;
    auto present = bothColumns(db, m);
    if (!present)
        return std::unexpected(present.error());
    if (!*present || limit <= 0)
        return out;
    auto st = db.prepare(sql + QStringLiteral(" ORDER BY 2 LIMIT %1").arg(limit));
    if (!st)
        return std::unexpected(st.error());
    while (true) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out << IncidentRow { m.table, st->value(1), st->value(2), st->value(3) };
    }
}

Result<std::optional<qint64>> Verifier::sampledDriftRows(
    const sqlite::Database& db, const ColumnMapping& m, const Pending& pending, int samples)
{
    if (m.keyColumn.isEmpty())
        return driftRows(db, m, pending);
    auto present = bothColumns(db, m);
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return std::optional<qint64>();
    const QString t = quoteIdentifier(m.table);
    const QString k = keyOf(m);
    auto range = db.prepare(QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(k, t));
    if (!range)
        return std::unexpected(range.error());
    if (auto row = range->step(); !row)
        return std::unexpected(row.error());
    if (range->isNull(0))
        return std::optional<qint64>(0);
    const qint64 lo = range->int64(0);
    const qint64 hi = range->int64(1);
    range->reset();
    auto st = db.prepare(
        QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < :samples) "
                       "SELECT count(*) FROM %1 WHERE %2 IN (SELECT :lo + abs(random() % (:hi - :lo + 1)) FROM s) "
                       "AND %3%4")
            .arg(t, k, driftPredicate(m), pendingExclusion(m)));
    if (!st)
        return std::unexpected(st.error());
    for (auto r : { st->bind(QStringLiteral(":samples"), samples), st->bind(QStringLiteral(":lo"), lo),
             st->bind(QStringLiteral(":hi"), hi), bindPending(*st, pending) }) {
        if (!r)
            return std::unexpected(r.error());
    }
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    const double scale = double(hi - lo + 1) / double(std::max(1, samples));
    return std::optional<qint64>(static_cast<qint64>(double(st->int64(0)) * std::max(1.0, scale) + 0.5));
}

Result<std::optional<qint64>> Verifier::copyDriftRows(
    const sqlite::Database& db, const CopyCheck& c, const Pending& pending)
{
    for (const QString& table : { c.oldTable, c.newTable }) {
        auto n = db.scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE"),
            { table });
        if (!n)
            return std::unexpected(n.error());
        if (n->toLongLong() == 0)
            return std::optional<qint64>();
    }
    auto key = [](const QString& k) {
        return schema::sameIdentifier(k, u"rowid") ? QStringLiteral("rowid") : quoteIdentifier(k);
    };
    const QString o = quoteIdentifier(c.oldTable);
    const QString n = quoteIdentifier(c.newTable);
    QStringList values { QStringLiteral("%1 AS godwit_k").arg(key(c.oldKey)) };
    QStringList same;
    QStringList empty;
    QStringList filled;
    for (qsizetype i = 0; i < c.pairs.size(); ++i) {
        values << QStringLiteral("%1 AS godwit_v%2").arg(c.pairs[i].second).arg(i);
        same << QStringLiteral("n.%1 IS o.godwit_v%2").arg(quoteIdentifier(c.pairs[i].first)).arg(i);
        empty << QStringLiteral("n.%1 IS NULL").arg(quoteIdentifier(c.pairs[i].first));
        filled << QStringLiteral("n.%1 IS NOT NULL").arg(quoteIdentifier(c.pairs[i].first));
    }
    const QString pendingKey = QStringLiteral("o.godwit_k > :after AND o.godwit_k <= :upto");
    // Disagreeing copies (a copy not yet made inside the pending keys is not one); copies left
    // without their original (a delete that reached one side); originals without a copy.
    QString sql = QStringLiteral("SELECT (SELECT count(*) FROM (SELECT %1 FROM %2) o JOIN %3 n ON n.%4 = o.godwit_k "
                                 "WHERE NOT (%5) AND NOT ((%6) AND %7))")
                      .arg(values.join(QStringLiteral(", ")), o, n, key(c.newKey), same.join(QStringLiteral(" AND ")),
                          empty.join(QStringLiteral(" AND ")), pendingKey);
    sql += QStringLiteral(" + (SELECT count(*) FROM %1 n WHERE NOT EXISTS (SELECT 1 FROM %2 o WHERE o.%3 = n.%4)%5)")
               .arg(n, o, key(c.oldKey), key(c.newKey),
                   c.everyRow ? QString() : QStringLiteral(" AND (%1)").arg(filled.join(QStringLiteral(" OR "))));
    if (c.everyRow)
        sql += QStringLiteral(" + (SELECT count(*) FROM (SELECT %1 AS godwit_k FROM %2) o WHERE NOT EXISTS (SELECT 1 "
                              "FROM %3 n WHERE n.%4 = o.godwit_k) AND NOT (%5))")
                   .arg(key(c.oldKey), o, n, key(c.newKey), pendingKey);
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    if (auto r = bindPending(*st, pending); !r)
        return std::unexpected(r.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return std::optional<qint64>(st->int64(0));
}

Result<std::optional<qint64>> Verifier::rowsOnlyInOldColumn(const sqlite::Database& db, const ColumnMapping& m)
{
    auto present = bothColumns(db, m);
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return std::optional<qint64>();
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL AND %3 IS NOT NULL")
                           .arg(quoteIdentifier(m.table), quoteIdentifier(m.newColumn), quoteIdentifier(m.oldColumn)));
    if (!n)
        return std::unexpected(n.error());
    return std::optional<qint64>(n->toLongLong());
}

Result<qint64> Verifier::rememberRowsAtRisk(const sqlite::Database& db, const ColumnMapping& m)
{
    const QString risk = quoteIdentifier(atRiskTable(m));
    // Without a key (WITHOUT ROWID) the rows cannot be followed through a rebuild: no rows remembered.
    const QString select = m.keyColumn.isEmpty()
        ? QStringLiteral("SELECT NULL WHERE 0")
        : QStringLiteral("SELECT %1 FROM %2 WHERE %3 IS NULL AND %4 IS NOT NULL")
              .arg(keyOf(m), quoteIdentifier(m.table), quoteIdentifier(m.newColumn), quoteIdentifier(m.oldColumn));
    if (auto r = db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1; CREATE TEMP TABLE %1 (key INTEGER PRIMARY KEY); "
                                        "INSERT INTO temp.%1 (key) %2")
                             .arg(risk, select));
        !r)
        return std::unexpected(r.error());
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM temp.%1").arg(risk));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<qint64> Verifier::lostRows(const sqlite::Database& db, const ColumnMapping& m)
{
    auto oldPresent = hasColumn(db, m.table, m.oldColumn);
    if (!oldPresent)
        return std::unexpected(oldPresent.error());
    auto newPresent = hasColumn(db, m.table, m.newColumn);
    if (!newPresent)
        return std::unexpected(newPresent.error());
    auto table = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE"),
        { m.table });
    if (!table)
        return std::unexpected(table.error());
    if (table->toLongLong() == 0 || m.keyColumn.isEmpty())
        return 0;
    const QString oldGone
        = *oldPresent ? QStringLiteral("t.%1 IS NULL").arg(quoteIdentifier(m.oldColumn)) : QStringLiteral("1");
    const QString noNew
        = *newPresent ? QStringLiteral("t.%1 IS NULL").arg(quoteIdentifier(m.newColumn)) : QStringLiteral("1");
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM temp.%1 r JOIN %2 t ON t.%3 = r.key WHERE %4 AND %5")
                           .arg(quoteIdentifier(atRiskTable(m)), quoteIdentifier(m.table), keyOf(m), oldGone, noNew));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<TableSnapshot>> Verifier::snapshot(const sqlite::Database& db)
{
    auto st
        = db.prepare(QStringLiteral("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'godwit_%' ORDER BY name"));
    if (!st)
        return std::unexpected(st.error());
    QList<TableSnapshot> out;
    const auto read = st->forEachRow([&](const sqlite::Statement& row) {
        out << TableSnapshot { row.text(0), 0, 0, row.int64(1) != 0 };
    });
    if (!read)
        return std::unexpected(read.error());
    for (TableSnapshot& t : out) {
        auto counted = db.prepare(t.withoutRowid
                ? QStringLiteral("SELECT count(*), 0 FROM %1").arg(quoteIdentifier(t.table))
                : QStringLiteral("SELECT count(*), coalesce(max(rowid), 0) FROM %1").arg(quoteIdentifier(t.table)));
        if (!counted)
            return std::unexpected(counted.error());
        if (auto row = counted->step(); !row)
            return std::unexpected(row.error());
        t.rows = counted->int64(0);
        t.maxRowid = counted->int64(1);
    }
    return out;
}

Result<Verification> Verifier::verify(
    const sqlite::Database& db, const RehearsalPlan& plan, const QList<TableSnapshot>& before)
{
    Verification v;
    for (const ColumnMapping& m : plan.mappings) {
        auto drift = driftRows(db, m);
        if (!drift)
            return std::unexpected(drift.error());
        if (*drift)
            v.driftRows = std::max<qint64>(v.driftRows, 0) + **drift;
        if (*drift && **drift > 0) {
            v.problems << QStringLiteral("%1 rows of %2 where %3 disagrees with %4")
                              .arg(**drift)
                              .arg(m.table, m.newColumn, m.up);
        }
    }
    for (const CopyCheck& c : plan.copies) {
        auto drift = copyDriftRows(db, c);
        if (!drift)
            return std::unexpected(drift.error());
        if (*drift)
            v.driftRows = std::max<qint64>(v.driftRows, 0) + **drift;
        if (*drift && **drift > 0)
            v.problems << QStringLiteral("%1 rows of %2 where the copy disagrees with the original, or one side "
                                         "lacks the row")
                              .arg(**drift)
                              .arg(c.title());
    }
    for (const plan::PlanStep& s : plan.plan.steps) {
        if (s.phase != plan::Phase::Contract)
            continue;
        for (const plan::Precondition& p : s.preconditions) {
            if (p.checkSql.trimmed().isEmpty())
                continue;
            auto n = db.scalar(p.checkSql);
            if (!n) {
                // A check on a column the contract already removed has nothing left to check.
                if (n.error().message.startsWith(QLatin1String("no such")))
                    continue;
                return std::unexpected(n.error());
            }
            if (n->isNull() || n->toLongLong() == 0)
                continue;
            if (p.text.contains(QLatin1String("NULL")))
                v.nullRows += n->toLongLong();
            v.problems << failedCheck(p.text, n->toLongLong());
        }
    }
    auto fk = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!fk)
        return std::unexpected(fk.error());
    v.foreignKeyViolations = fk->toLongLong();
    if (v.foreignKeyViolations > 0)
        v.problems << QStringLiteral("foreign_key_check: %1 violations").arg(v.foreignKeyViolations);
    auto integrity = db.scalar(QStringLiteral("PRAGMA integrity_check(1)"));
    if (!integrity)
        return std::unexpected(integrity.error());
    v.integrity = integrity->toString();
    if (v.integrity != QLatin1String("ok"))
        v.problems << QStringLiteral("integrity_check: %1").arg(v.integrity);
    for (const TableSnapshot& t : before) {
        auto n = db.scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE"),
            { t.table });
        if (!n)
            return std::unexpected(n.error());
        if (n->toLongLong() == 0)
            continue; // the plan dropped or renamed it
        auto count = db.scalar(t.withoutRowid
                ? QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(t.table))
                : QStringLiteral("SELECT count(*) FROM %1 WHERE rowid <= ?").arg(quoteIdentifier(t.table)),
            t.withoutRowid ? QVariantList {} : QVariantList { t.maxRowid });
        if (!count)
            return std::unexpected(count.error());
        const TableCount tc { t.table, t.rows, count->toLongLong() };
        v.counts << tc;
        // Lost rows fail; rows the application added with a key in the original range (a 1:1
        // table keyed by its parent) are not a loss.
        if (tc.after < tc.before)
            v.problems
                << QStringLiteral("%1 had %2 rows, %3 of them are left").arg(t.table).arg(tc.before).arg(tc.after);
    }
    v.passed = v.problems.isEmpty();
    return v;
}

} // namespace godwit::rehearsal
