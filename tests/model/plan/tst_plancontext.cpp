// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "plan/plancontext.h"
#include "plan/planrunner.h"

#include <QFile>
#include <QTest>

using namespace godwit;
using godwit::plan::PlanContext;

namespace {

// The orders sample's query list, as `godwit plan --queries` reads it.
QStringList sampleQueries()
{
    QFile f(test::sampleDir() + QStringLiteral("/queries.sql"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read queries.sql");
    return plan::PlanRunner::splitStatements(QString::fromUtf8(f.readAll()));
}

QStringList usersOf(const QStringList& queries, const QString& table, const QString& column)
{
    plan::Answers answers;
    answers.queries = queries;
    const PlanContext context(diff::ChangeSet {}, answers);
    return context.queriesUsing(table, column);
}

} // namespace

// PlanContext::queriesUsing: who still reads a table or column the plan drops.
class TestPlanContext : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queriesUsing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("uses");
        QTest::addRow("table in FROM") << "SELECT id FROM archive WHERE id = ?"
                                       << "archive" << QString() << true;
        QTest::addRow("table in JOIN") << "SELECT o.id FROM orders o JOIN archive a ON a.id = o.id"
                                       << "archive" << QString() << true;
        QTest::addRow("table written") << "INSERT INTO archive (id, body) VALUES (?, ?)"
                                       << "archive" << QString() << true;
        QTest::addRow("table quoted, other case") << "SELECT * FROM \"Archive\""
                                                  << "archive" << QString() << true;
        QTest::addRow("other table") << "SELECT id FROM archives"
                                     << "archive" << QString() << false;
        QTest::addRow("table name only in a string") << "SELECT id FROM orders WHERE note = 'archive'"
                                                     << "archive" << QString() << false;
        QTest::addRow("column selected") << "SELECT order_id, estimated_delivery FROM orders WHERE order_id = ?"
                                         << "orders"
                                         << "estimated_delivery" << true;
        QTest::addRow("column qualified") << "SELECT o.estimated_delivery FROM orders AS o"
                                          << "orders"
                                          << "estimated_delivery" << true;
        QTest::addRow("column in WHERE") << "UPDATE orders SET status = ? WHERE estimated_delivery < ?"
                                         << "orders"
                                         << "estimated_delivery" << true;
        QTest::addRow("column quoted, other case") << "SELECT \"Estimated_Delivery\" FROM orders"
                                                   << "orders"
                                                   << "estimated_delivery" << true;
        QTest::addRow("column of another table") << "SELECT created_at FROM payments"
                                                 << "orders"
                                                 << "created_at" << false;
        QTest::addRow("longer column name") << "SELECT estimated_delivery_v2 FROM orders"
                                            << "orders"
                                            << "estimated_delivery" << false;
        QTest::addRow("column name only in a string")
            << "SELECT order_id FROM orders WHERE status = 'estimated_delivery'"
            << "orders"
            << "estimated_delivery" << false;
        QTest::addRow("SELECT * reads every column") << "SELECT * FROM orders WHERE order_id = ?"
                                                     << "orders"
                                                     << "estimated_delivery" << true;
        QTest::addRow("t.* reads every column") << "SELECT o.* FROM orders o"
                                                << "orders"
                                                << "estimated_delivery" << true;
        QTest::addRow("count(*) reads no column") << "SELECT count(*) FROM orders"
                                                  << "orders"
                                                  << "estimated_delivery" << false;
        QTest::addRow("multiplication is not a star") << "SELECT total_amount * 2 FROM orders"
                                                      << "orders"
                                                      << "estimated_delivery" << false;
        QTest::addRow("other columns of the table") << "SELECT order_id, status FROM orders"
                                                    << "orders"
                                                    << "estimated_delivery" << false;
    }
    void queriesUsing()
    {
        QFETCH(QString, query);
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(bool, uses);
        const QString other = QStringLiteral("SELECT 1");
        QCOMPARE(usersOf({ other, query }, table, column), uses ? QStringList { query } : QStringList {});
    }

    // The orders sample's queries: one reads estimated_delivery, two read payments.
    void sampleQueryList_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("firstLines");
        QTest::addRow("estimated_delivery")
            << "orders"
            << "estimated_delivery"
            << QStringList { "SELECT order_id, customer_id, status, total_amount, created_at, estimated_delivery" };
        QTest::addRow("payments") << "payments" << QString()
                                  << QStringList { "SELECT payment_id, status, provider_ref, created_at",
                                         "SELECT payment_id, order_id, status" };
        QTest::addRow("order_items.price") << "order_items"
                                           << "price" << QStringList { "SELECT item_id, quantity, price" };
        QTest::addRow("nobody reads orders.shipping_eta") << "orders"
                                                          << "shipping_eta" << QStringList {};
    }
    void sampleQueryList()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, firstLines);
        const QStringList queries = sampleQueries();
        QCOMPARE(queries.size(), 7);
        QStringList found;
        for (const QString& q : usersOf(queries, table, column))
            found << q.section(QLatin1Char('\n'), 0, 0).trimmed();
        QCOMPARE(found, firstLines);
    }
};

QTEST_GUILESS_MAIN(TestPlanContext)
#include "tst_plancontext.moc"
