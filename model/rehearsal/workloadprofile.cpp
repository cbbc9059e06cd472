// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadprofile.h"

#include "queries/querylist.h"
#include "schema/schema.h"
#include "sqlite/identifier.h"

namespace godwit::rehearsal {

using queries::QueryKind;
using sqlite::quoteIdentifierIfNeeded;

namespace {

bool hasColumns(const schema::Table* table, std::initializer_list<const char*> names)
{
    if (!table)
        return false;
    for (const char* n : names) {
        if (!table->column(QString::fromLatin1(n)))
            return false;
    }
    return true;
}

QString keyOf(const ColumnMapping& m) { return m.keyColumn.isEmpty() ? QStringLiteral("rowid") : m.keyColumn; }

WorkloadProfile ordersProfile(const ColumnMapping& m, const queries::QueryList* queries)
{
    const QString o = quoteIdentifierIfNeeded(m.oldColumn);
    const QString n = quoteIdentifierIfNeeded(m.newColumn);
    auto both = [&](const QString& pattern) { return WorkloadStatement { pattern.arg(o), pattern.arg(n) }; };
    auto weight = [&](const char* name, double fallback) {
        if (queries) {
            if (const queries::Query* q = queries->find(QString::fromLatin1(name)); q && q->weight > 0)
                return q->weight;
        }
        return fallback;
    };
    auto operation = [&](const char* name, QueryKind kind, double w) {
        WorkloadOperation op;
        op.name = QLatin1String(name);
        op.kind = kind;
        op.weight = weight(name, w);
        op.table = QStringLiteral("orders");
        op.keyColumn = QStringLiteral("order_id");
        return op;
    };

    WorkloadProfile p;
    p.name = QStringLiteral("orders");
    WorkloadOperation fetch = operation("fetch order by id", QueryKind::Read, 1200);
    fetch.statements << both(QStringLiteral(
        "SELECT order_id, customer_id, status, total_amount, created_at, %1 FROM orders WHERE order_id = :key"));
    fetch.nullColumnOld = m.oldColumn;
    fetch.nullColumnNew = m.newColumn;
    p.operations << fetch;

    WorkloadOperation list = operation("list customer orders newest first", QueryKind::Read, 600);
    list.statements << both(
        QStringLiteral("SELECT order_id, status, total_amount, created_at, %1 FROM orders "
                       "WHERE customer_id = :pick_customer_id ORDER BY created_at DESC LIMIT 20"));
    list.nullColumnOld = m.oldColumn;
    list.nullColumnNew = m.newColumn;
    p.operations << list;

    WorkloadOperation status = operation("update order status", QueryKind::Write, 240);
    status.statements << WorkloadStatement {
        QStringLiteral("UPDATE orders SET status = :pick_status WHERE order_id = :key"), {}
    };
    p.operations << status;

    WorkloadOperation create = operation("create order", QueryKind::Write, 120);
    create.statements << both(
        QStringLiteral("INSERT INTO orders (customer_id, status, total_amount, created_at, %1) "
                       "VALUES (:pick_customer_id, 'pending', :amount, :now, :eta)"));
    create.statements << WorkloadStatement { QStringLiteral(
                                                 "INSERT INTO order_items (order_id, item_id, quantity, price) "
                                                 "VALUES (:new_key, :item, 1, :amount)"),
        {} };
    create.statements << WorkloadStatement { QStringLiteral(
                                                 "INSERT INTO order_items (order_id, item_id, quantity, price) "
                                                 "VALUES (:new_key, :item + 1, 2, :amount)"),
        {} };
    p.operations << create;

    // The field being migrated changes too, or a skipped dual-write would never show.
    WorkloadOperation reschedule = operation("reschedule delivery", QueryKind::Write, 60);
    reschedule.statements << both(QStringLiteral("UPDATE orders SET %1 = :eta WHERE order_id = :key"));
    p.operations << reschedule;
    return p;
}

WorkloadProfile genericProfile(const QList<ColumnMapping>& mappings)
{
    WorkloadProfile p;
    p.name = QStringLiteral("generic");
    for (const ColumnMapping& m : mappings) {
        const QString t = quoteIdentifierIfNeeded(m.table);
        const QString k = quoteIdentifierIfNeeded(keyOf(m));
        const QString o = quoteIdentifierIfNeeded(m.oldColumn);
        const QString n = quoteIdentifierIfNeeded(m.newColumn);
        WorkloadOperation read;
        read.name = QStringLiteral("fetch %1 by key").arg(m.table);
        read.kind = QueryKind::Read;
        read.weight = 4;
        read.table = m.table;
        read.keyColumn = keyOf(m);
        const QString select = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 = :key");
        read.statements << WorkloadStatement { select.arg(k, o, t), select.arg(k, n, t) };
        read.nullColumnOld = m.oldColumn;
        read.nullColumnNew = m.newColumn;
        p.operations << read;

        // Copies another row's value, so writes change the column without inventing values of its type.
        WorkloadOperation write;
        write.name = QStringLiteral("update %1.%2").arg(m.table, m.newColumn);
        write.kind = QueryKind::Write;
        write.weight = 1;
        write.table = m.table;
        write.keyColumn = keyOf(m);
        const QString update
            = QStringLiteral("UPDATE %1 SET %2 = coalesce((SELECT %2 FROM %1 WHERE %3 = :other_key), %2) "
                             "WHERE %3 = :key");
        write.statements << WorkloadStatement { update.arg(t, o, k), update.arg(t, n, k) };
        p.operations << write;
    }
    return p;
}

} // namespace

double WorkloadProfile::weightOf(QueryKind kind) const
{
    double sum = 0;
    for (const WorkloadOperation& op : operations) {
        if (op.kind == kind)
            sum += op.weight;
    }
    return sum;
}

queries::QueryList WorkloadProfile::toQueryList(bool newVersion) const
{
    queries::QueryList list;
    for (const WorkloadOperation& op : operations) {
        for (qsizetype i = 0; i < op.statements.size(); ++i) {
            queries::Query q;
            q.name = i == 0 ? op.name : QStringLiteral("%1 (%2)").arg(op.name).arg(i + 1);
            q.sql = op.statements[i].sql(newVersion);
            q.weight = op.weight;
            q.kind = queries::QueryList::kindOf(q.sql);
            list.add(q);
        }
    }
    return list;
}

WorkloadProfile WorkloadProfile::forPlan(
    const schema::Schema& before, const RehearsalPlan& plan, const queries::QueryList* queries)
{
    const ColumnMapping* orders = plan.mappingFor(u"orders");
    if (orders
        && hasColumns(before.table(u"orders"), { "order_id", "customer_id", "status", "total_amount", "created_at" })
        && hasColumns(before.table(u"order_items"), { "order_id", "item_id", "quantity", "price" }))
        return ordersProfile(*orders, queries);
    return genericProfile(plan.mappings);
}

} // namespace godwit::rehearsal
