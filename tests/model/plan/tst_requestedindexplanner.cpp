// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "plan/answersjson.h"
#include "plan/planbuilder.h"
#include "plan/planrunner.h"
#include "resultmessage.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QTest>

using namespace godwit;
using godwit::plan::Phase;
using godwit::plan::PlanBuilder;
using godwit::plan::PlanRunner;
using godwit::plan::RequestedIndex;
using godwit::sqlite::Database;

namespace {

// The bundled V1 of the orders sample.
QString v1() { return test::sampleScript({ QStringLiteral("V1__orders.sql") }); }

QString edit(const char* from, const char* to)
{
    QString s = v1();
    if (!s.contains(QString::fromUtf8(from)))
        qFatal("edit: '%s' not in V1", from);
    return s.replace(QString::fromUtf8(from), QString::fromUtf8(to));
}

schema::Schema read(const QString& sql)
{
    auto s = schema::SchemaReader::readScript(sql, QStringLiteral("test.sql"));
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return *s;
}

// 300 orders with an item and a payment each: enough rows for two backfill batches of 200.
const char* kData = R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery)
    SELECT i, 1 + i % 40, CASE WHEN i % 3 = 0 THEN 'paid' ELSE 'pending' END, i * 1.5,
           '2026-02-' || (10 + i % 18), '2026-03-' || (10 + i % 18) FROM n;
INSERT INTO order_items SELECT order_id, 1, 1 + order_id % 4, 9.5 FROM orders;
INSERT INTO payments (order_id, status, provider_ref, created_at)
    SELECT order_id, 'captured', 'ref-' || order_id, created_at FROM orders;
)";

plan::MigrationPlan planFor(const QString& before, const QString& after, const RequestedIndex& index)
{
    plan::Answers answers;
    answers.batchSize = 200;
    answers.indexes << index;
    return PlanBuilder::build(diff::SchemaDiff::compare(read(before), read(after)), answers);
}

// The rows of EXPLAIN QUERY PLAN, joined: where the planner looks.
QString queryPlan(const Database& db, const QString& sql)
{
    auto stmt = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    if (!stmt)
        return stmt.error().toString();
    QStringList details;
    while (true) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        details << stmt->text(3);
    }
    return details.join(QStringLiteral("; "));
}

} // namespace

class TestRequestedIndexPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("queries");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("stepId"); // empty: not planned
        QTest::addColumn<QString>("text"); // in the explanation, or in the plan's warnings when not planned
        QTest::addColumn<QString>("query"); // uses the index once the plan ran

        const QString same = v1();
        const QString status = QStringLiteral("SELECT order_id FROM orders WHERE status = 'paid'");
        QTest::addRow("no schema change: expand")
            << same << "CREATE INDEX orders_status ON orders (status)" << QStringList { "orders by status" } << "scan"
            << "expand:orders.orders_status"
            << "Requested from the query panel: “orders by status” scans orders. Expand: a new index changes no result"
            << status;
        QTest::addRow("two queries sort")
            << same << "CREATE INDEX payments_order_created ON payments (order_id, created_at DESC)"
            << QStringList { "payments newest first", "refund audit" } << "sort"
            << "expand:payments.payments_order_created"
            << "Requested from the query panel: “payments newest first”, “refund audit” sort their rows of payments in "
               "a temporary B-tree."
            << "SELECT payment_id FROM payments WHERE order_id = 7 ORDER BY created_at DESC";
        QTest::addRow("on a column the plan backfills: after the backfill")
            << edit("estimated_delivery TEXT\n", "shipping_eta TEXT\n")
            << "CREATE INDEX orders_eta ON orders (shipping_eta)" << QStringList { "late orders" } << "scan"
            << "backfill:orders.orders_eta"
            << "Built after the backfill"
            << "SELECT order_id FROM orders WHERE shipping_eta = '2026-03-12'";
        QTest::addRow("on a table rebuilt at the contract")
            << edit("total_amount       NUMERIC NOT NULL DEFAULT 0,", "total_amount       TEXT NOT NULL DEFAULT 0,")
            << "CREATE INDEX orders_status ON orders (status, created_at)" << QStringList { "orders by status" }
            << "scan"
            << "contract:orders.orders_status"
            << "Built at the contract, once orders has its final shape." << status;
        QTest::addRow("unknown column")
            << same << "CREATE INDEX orders_nope ON orders (nope)" << QStringList { "q" } << "scan" << QString()
            << "requested index not planned: orders_nope: orders has no column nope after the migration" << QString();
        QTest::addRow("name taken")
            << same << "CREATE INDEX payments_order ON payments (status)" << QStringList { "q" } << "scan" << QString()
            << "requested index not planned: payments_order: an index of that name already exists on payments"
            << QString();
        QTest::addRow("unknown table") << same << "CREATE INDEX x ON invoices (id)" << QStringList {} << QString()
                                       << QString()
                                       << "requested index not planned: x: no table invoices after the "
                                          "migration"
                                       << QString();
    }

    // The step's place and text, then on a database: it runs with the plan, the query uses the
    // index, and the plan's rollback removes it again.
    void plan()
    {
        QFETCH(QString, after);
        QFETCH(QString, sql);
        QFETCH(QStringList, queries);
        QFETCH(QString, reason);
        QFETCH(QString, stepId);
        QFETCH(QString, text);
        QFETCH(QString, query);

        const RequestedIndex index { sql, queries, reason };
        const plan::MigrationPlan plan = planFor(v1(), after, index);
        const plan::PlanStep* step = plan.step(stepId);
        if (stepId.isEmpty()) {
            QVERIFY2(plan.warnings.contains(text), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
            for (const plan::PlanStep& s : plan.steps)
                QVERIFY2(
                    !s.id.contains(QLatin1String("nope")) && s.walkId != QLatin1String("index:payments.payments_order"),
                    qPrintable(s.id));
            return;
        }
        QVERIFY2(step, qPrintable(stepId));
        QCOMPARE(step->sql, sql + QStringLiteral(";\n"));
        const QString name = sql.section(QLatin1Char(' '), 2, 2);
        QCOMPARE(step->rollbackSql, QStringLiteral("DROP INDEX IF EXISTS %1;\n").arg(name));
        QCOMPARE(step->verificationSql,
            QStringLiteral(
                "SELECT NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = '%1' COLLATE "
                "NOCASE)")
                .arg(name));
        QVERIFY2(step->explanation.contains(text), qPrintable(step->explanation));
        const plan::DecisionWalk* walk = plan.walk(step->walkId);
        QVERIFY(walk);
        QCOMPARE(walk->strategy, QStringLiteral("requested-index"));
        QCOMPARE(walk->at(u"C")->stepIds, QStringList { step->id });
        // It comes after every step it depends on: the backfill of its column, the rebuild of its table.
        const qsizetype at = plan.steps.indexOf(*step);
        for (qsizetype i = at + 1; i < plan.steps.size(); ++i) {
            QVERIFY2(plan.steps[i].backfill == std::nullopt || plan.steps[i].phase != step->phase
                    || step->phase != Phase::Backfill,
                qPrintable(plan.steps[i].id));
            QVERIFY2(!plan.steps[i].title.startsWith(QLatin1String("Rebuild")), qPrintable(plan.steps[i].id));
        }

        auto db = Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->executeScript(v1(), QStringLiteral("V1__orders.sql")));
        QVERIFY(db->exec(QString::fromUtf8(kData)));
        const QString planBefore = queryPlan(*db, query);
        QVERIFY2(!planBefore.contains(name), qPrintable(planBefore));
        auto ran = PlanRunner::run(*db, plan);
        QVERIFY2(ran, godwit::test::why(ran).constData());
        QCOMPARE(PlanRunner::count(*db, step->verificationSql).value_or(-1), 0);
        QVERIFY2(
            queryPlan(*db, query).contains(QStringLiteral("INDEX %1 (").arg(name)), qPrintable(queryPlan(*db, query)));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));

        auto back = PlanRunner::rollback(*db, plan);
        QVERIFY2(back, godwit::test::why(back).constData());
        QCOMPARE(PlanRunner::count(*db, step->verificationSql).value_or(-1), 1);
        QCOMPARE(queryPlan(*db, query), planBefore);
    }

    void answersJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error"); // empty: reads, and writes back the same answers
        QTest::addRow("object") << R"j({"format":"godwit.answers","version":1,"indexes":[
            {"sql":"CREATE INDEX orders_status ON orders (status)","queries":["orders by status"],"reason":"scan"}]})j"
                                << QString();
        QTest::addRow("bare CREATE INDEX")
            << R"j({"format":"godwit.answers","version":1,"indexes":["CREATE INDEX a ON orders (status)"]})j"
            << QString();
        QTest::addRow("not an array") << R"j({"format":"godwit.answers","version":1,"indexes":{}})j"
                                      << "answers: \"indexes\" must be an array";
        QTest::addRow("no sql") << R"j({"format":"godwit.answers","version":1,"indexes":[{"queries":["q"]}]})j"
                                << "answers: \"indexes\": each entry needs its CREATE INDEX in 'sql'";
        QTest::addRow("unknown key") << R"j({"format":"godwit.answers","version":1,"indexes":[{"sql":"x","why":1}]})j"
                                     << "answers: \"indexes\": unknown key 'why' (expected sql, queries, reason)";
        QTest::addRow("queries not strings")
            << R"j({"format":"godwit.answers","version":1,"indexes":[{"sql":"x","queries":[1]}]})j"
            << "answers: \"indexes\": 'queries' must be an array of strings";
    }

    void answersJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto read = plan::AnswersJson::read(json.toUtf8());
        if (!error.isEmpty()) {
            QVERIFY(!read);
            QCOMPARE(read.error().message, error);
            return;
        }
        QVERIFY2(read, godwit::test::why(read).constData());
        QCOMPARE(read->indexes.size(), 1);
        QVERIFY(read->indexes.first().sql.startsWith(QLatin1String("CREATE INDEX")));
        auto again = plan::AnswersJson::read(plan::AnswersJson::write(*read).toUtf8());
        QVERIFY(again);
        QCOMPARE(*again, *read);
    }
};

QTEST_GUILESS_MAIN(TestRequestedIndexPlanner)
#include "tst_requestedindexplanner.moc"
