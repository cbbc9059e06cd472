// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "plan/answersjson.h"
#include "plan/decisiontree.h"
#include "plan/decisiontreedotwriter.h"
#include "plan/planbuilder.h"
#include "plan/planrunner.h"
#include "planfixture.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace godwit;
using godwit::plan::Answers;
using godwit::plan::ChangeAnswers;
using godwit::plan::MigrationPlan;
using godwit::plan::Phase;
using godwit::plan::PlanBuilder;
using godwit::plan::PlanRunner;
using godwit::schema::SchemaReader;
using godwit::sqlite::Database;

namespace {

schema::Schema ordersV1()
{
    return *SchemaReader::readScript(
        test::sampleScript({ QStringLiteral("V1__orders.sql") }), QStringLiteral("V1__orders.sql"));
}

// V1 to V4 applied in order: the contract's end state (shipping_eta NOT NULL, estimated_delivery gone).
schema::Schema ordersV4()
{
    const QString sql
        = test::sampleScript({ QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
            QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") });
    return *SchemaReader::readScript(sql, QStringLiteral("V4"));
}

diff::ChangeSet seedChanges() { return diff::SchemaDiff::compare(ordersV1(), ordersV4()); }

QStringList phases(const MigrationPlan& plan)
{
    QStringList out;
    for (const plan::PlanStep& s : plan.steps)
        out << plan::phaseName(s.phase);
    return out;
}

// SHA-256 over (order_id, value of `column`) in key order.
QByteArray columnHash(const Database& db, const QString& column)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto st = db.prepare(QStringLiteral("SELECT order_id, %1 FROM orders ORDER BY order_id").arg(column));
    if (!st)
        return {};
    while (st->step().value_or(false))
        hash.addData((QString::number(st->int64(0)) + QLatin1Char('|') + st->text(1) + QLatin1Char('\n')).toUtf8());
    return hash.result().toHex();
}

qint64 count(const Database& db, const QString& sql) { return PlanRunner::count(db, sql).value_or(-1); }

} // namespace

class TestPlanBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Product text names the patterns and stands on its own: no step or warning cites a source
    // the user has never read ("the article"), for a column swap and for a shadow-table rebuild.
    void explanationsNameThePatterns_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addRow("column swap (V1 to V4)") << QString();
        QTest::addRow("shadow table (a stricter CHECK)")
            << test::sampleScript({ QStringLiteral("V1__orders.sql") })
                   .replace(QStringLiteral("CHECK (quantity > 0)"), QStringLiteral("CHECK (quantity > 1)"));
    }
    void explanationsNameThePatterns()
    {
        QFETCH(QString, after);
        const schema::Schema target
            = after.isEmpty() ? ordersV4() : *SchemaReader::readScript(after, QStringLiteral("after.sql"));
        const MigrationPlan plan = PlanBuilder::build(diff::SchemaDiff::compare(ordersV1(), target), {});
        QVERIFY(!plan.steps.isEmpty());
        QStringList texts = plan.warnings;
        for (const plan::PlanStep& s : plan.steps)
            texts << s.explanation << s.warnings;
        for (const QString& text : texts)
            QVERIFY2(!text.contains(QLatin1String("article"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(std::ranges::any_of(
            plan.steps, [](const plan::PlanStep& s) { return s.explanation.startsWith(QLatin1String("Expand")); }));
    }

    void decisionTreeIsTheSchemaMigrationFlowchart()
    {
        const plan::DecisionTree tree = plan::DecisionTree::schemaMigration();
        QStringList texts;
        for (const plan::DecisionNode& n : tree.nodes)
            texts << n.id + QLatin1Char(' ') + n.text;
        QCOMPARE(texts,
            QStringList({ "A Need schema change?", "B Breaking change?", "C Expand: add nullable col",
                "D Version the schema", "E Dual-write old and new", "F Backfill historical rows",
                "G Backfill complete?", "H Switch reads to new field", "I Contract: remove old field" }));
        QCOMPARE(tree.edge(u"B", u"C")->label, QStringLiteral("No: add field"));
        QCOMPARE(tree.edge(u"B", u"D")->label, QStringLiteral("Yes: rename/remove"));
        QCOMPARE(tree.edge(u"G", u"F")->label, QStringLiteral("No"));
        QCOMPARE(tree.edge(u"G", u"H")->label, QStringLiteral("Yes"));
        QCOMPARE(tree.edges.size(), 10);
        QCOMPARE(tree.node(u"G")->kind, plan::DecisionNode::Kind::Question);
        const plan::DecisionTree lifecycle = plan::DecisionTree::modellingLifecycle();
        QCOMPARE(lifecycle.nodes.front().text, QStringLiteral("List top queries"));
        QCOMPARE(lifecycle.nodes.back().text, QStringLiteral("Monitor query drift and adjust"));
        QCOMPARE(lifecycle.edges.size(), 6);
    }

    // The classic expand-contract example: rename estimated_delivery to shipping_eta and make it NOT NULL.
    void seedExample()
    {
        const MigrationPlan plan = PlanBuilder::build(seedChanges());
        QCOMPARE(phases(plan),
            QStringList({ "expand", "dual-write", "backfill", "read-switch", "contract", "contract", "contract" }));
        QCOMPARE(plan.walks.size(), 1);
        const plan::DecisionWalk& walk = plan.walks.front();
        QCOMPARE(walk.path(), QStringList({ "A", "B", "D", "E", "F", "G", "H", "I" }));
        QCOMPARE(walk.at(u"B")->answer, QStringLiteral("Yes: rename/remove"));
        QVERIFY(walk.at(u"B")->why.contains(QLatin1String("proposal")));
        QCOMPARE(walk.at(u"I")->answer, QStringLiteral("12-step rebuild"));

        // V2: the nullable column.
        QCOMPARE(plan.steps[0].sql, QStringLiteral("ALTER TABLE orders ADD COLUMN shipping_eta TEXT;\n"));
        QCOMPARE(plan.steps[0].rollbackSql, QStringLiteral("ALTER TABLE orders DROP COLUMN shipping_eta;\n"));
        // Dual-write: old→new with up, new→old with down, guarded against bouncing.
        QVERIFY(plan.steps[1].sql.contains(QLatin1String("AFTER UPDATE OF estimated_delivery ON orders")));
        QVERIFY(plan.steps[1].sql.contains(QLatin1String("AND shipping_eta IS NOT estimated_delivery")));
        // V3: keyset batches on order_id; the one-statement form is V3 itself.
        const plan::BackfillSpec spec = *plan.steps[2].backfill;
        QCOMPARE(spec.keyColumn, QStringLiteral("order_id"));
        QCOMPARE(spec.batchSize, Answers::DefaultBatchSize);
        QCOMPARE(spec.batchSql,
            QStringLiteral("UPDATE orders SET shipping_eta = estimated_delivery\n WHERE order_id > :last AND order_id "
                           "<= :last + :batch\n"
                           "   AND shipping_eta IS NULL AND estimated_delivery IS NOT NULL"));
        QCOMPARE(spec.wholeSql,
            QStringLiteral("UPDATE orders SET shipping_eta = estimated_delivery\n WHERE shipping_eta IS NULL AND "
                           "estimated_delivery IS NOT NULL"));
        // Read switch: a view keeps the old shape for readers that cannot move.
        QVERIFY(plan.steps[3].sql.contains(QLatin1String("shipping_eta AS estimated_delivery")));
        // V4: the 12-step rebuild enforcing NOT NULL and dropping the old column.
        const plan::PlanStep& rebuild = plan.steps[5];
        QVERIFY(!rebuild.transactional);
        QVERIFY(rebuild.sql.startsWith(QLatin1String("PRAGMA foreign_keys = OFF;\nBEGIN;\n")));
        QVERIFY(rebuild.sql.contains(QLatin1String("shipping_eta TEXT    NOT NULL")));
        QVERIFY(rebuild.sql.contains(
            QLatin1String("DROP TABLE orders;\nALTER TABLE orders_godwit_new RENAME TO orders;\n"
                          "CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);")));
        // The foreign-key guard fails the script on a violation, so nothing is committed.
        QVERIFY(rebuild.sql.contains(QLatin1String(
            "INSERT INTO temp.godwit_foreign_key_guard SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check);\n"
            "DROP TABLE temp.godwit_foreign_key_guard;\nCOMMIT;\nPRAGMA foreign_keys = ON;")));
        QVERIFY(!rebuild.sql.contains(QLatin1String("estimated_delivery TEXT")));
        QCOMPARE(rebuild.preconditions.front().checkSql,
            QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NULL"));
        for (const plan::PlanStep& s : plan.steps)
            QCOMPARE(s.changeIds, QStringList { QStringLiteral("column:orders.shipping_eta") });
    }

    // The plan on 100,000 orders with writes from both application versions in between.
    void seedExampleOnOrders()
    {
        const QString path = test::scratchDir() + QStringLiteral("/orders.db");
        sample::OrdersGenerator::Options options;
        options.orders = 100000;
        QVERIFY(sample::OrdersGenerator::generate(path, options));
        auto db = Database::openWritable(path);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const qint64 orders = count(*db, QStringLiteral("SELECT count(*) FROM orders"));
        const qint64 items = count(*db, QStringLiteral("SELECT count(*) FROM order_items"));
        const QByteArray original = columnHash(*db, QStringLiteral("estimated_delivery"));
        const QString order5
            = db->scalar(QStringLiteral("SELECT estimated_delivery FROM orders WHERE order_id = 5"))->toString();
        const MigrationPlan plan = PlanBuilder::build(diff::SchemaDiff::compare(*SchemaReader::read(*db), ordersV4()));
        QCOMPARE(phases(plan).first(), QStringLiteral("expand"));

        QElapsedTimer timer;
        timer.start();
        QStringList timings;
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            const plan::PlanStep& step = plan.steps[i];
            // Each step's verification says "not done yet" before it runs (a rehearsal resumed after a
            // cancel skips the steps whose verification already returns 0).
            if (!step.verificationSql.isEmpty())
                QVERIFY2(count(*db, step.verificationSql) > 0,
                    qPrintable(step.id + QLatin1String(": ") + step.verificationSql));
            QElapsedTimer stepTimer;
            stepTimer.start();
            QVERIFY2(PlanRunner::runStep(*db, step), qPrintable(step.id));
            timings << QStringLiteral("%1 %2 ms").arg(step.id).arg(stepTimer.elapsed());
            if (step.phase == Phase::DualWrite) {
                // An old-version writer, a new-version writer, and an old-version update.
                QVERIFY(db->exec(
                    QStringLiteral("INSERT INTO orders (order_id, customer_id, created_at, estimated_delivery) "
                                   "VALUES (200001, 1, '2026-11-25T10:00:00Z', '2026-11-28T10:00:00Z')")));
                QVERIFY(db->exec(QStringLiteral("INSERT INTO orders (order_id, customer_id, created_at, shipping_eta) "
                                                "VALUES (200002, 1, '2026-11-25T10:00:00Z', '2026-11-29T10:00:00Z')")));
                QVERIFY(db->exec(QStringLiteral(
                    "UPDATE orders SET estimated_delivery = '2027-01-01T00:00:00Z' WHERE order_id = 5")));
                QCOMPARE(count(*db,
                             QStringLiteral("SELECT count(*) FROM orders WHERE order_id IN (200001, 200002, 5) "
                                            "AND shipping_eta IS NOT estimated_delivery")),
                    0);
                QVERIFY(db->exec(QStringLiteral("DELETE FROM orders WHERE order_id IN (200001, 200002)")));
                auto restore
                    = db->prepare(QStringLiteral("UPDATE orders SET estimated_delivery = ?1 WHERE order_id = 5"));
                QVERIFY(restore && restore->bindAll(order5) && restore->exec());
            }
        }
        qInfo("seed plan on %lld orders: %lld ms (%s)", orders, timer.elapsed(),
            qPrintable(timings.join(QStringLiteral(", "))));
        QCOMPARE(test::differences(*SchemaReader::read(*db), ordersV4()), QStringList {});
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM orders")), orders);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM order_items")), items);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        // Every value arrived, including the old-version writer's update (made and undone during the dual-write).
        QCOMPARE(columnHash(*db, QStringLiteral("shipping_eta")), original);

        QVERIFY(PlanRunner::rollback(*db, plan));
        QCOMPARE(test::differences(*SchemaReader::read(*db), ordersV1()), QStringList {});
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM orders")), orders);
        QCOMPARE(columnHash(*db, QStringLiteral("estimated_delivery")), original);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }

    void renameRejected()
    {
        Answers answers;
        ChangeAnswers no;
        no.renameConfirmed = false;
        answers.changes.insert(QStringLiteral("column:orders.shipping_eta"), no);
        const MigrationPlan plan = PlanBuilder::build(seedChanges(), answers);
        QCOMPARE(plan.walks.size(), 1);
        QCOMPARE(plan.walks.front().changeIds,
            QStringList({ "column:orders.estimated_delivery", "column:orders.shipping_eta" }));
        QVERIFY(std::ranges::none_of(plan.steps,
            [](const plan::PlanStep& s) { return s.sql.contains(QLatin1String("AS estimated_delivery")); }));
        // An add and a drop: the new column cannot come from the old one, so it gets a placeholder, with a warning.
        QVERIFY(std::ranges::any_of(plan.warnings,
            [](const QString& w) { return w.contains(QLatin1String("shipping_eta is NOT NULL without a default")); }));
        QVERIFY(plan.steps.front().sql.contains(QLatin1String("ADD COLUMN shipping_eta TEXT")));
        QVERIFY(plan.steps.back().sql.contains(QLatin1String("DROP TABLE orders"))
            || plan.steps.back().sql.contains(QLatin1String("DROP COLUMN estimated_delivery")));
    }

    void overrides_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("phases");
        QTest::addColumn<int>("batch");
        QTest::addColumn<QString>("overriddenNode");
        QTest::addRow("pre-filled") << QString()
                                    << QStringList({ "expand", "dual-write", "backfill", "read-switch", "contract",
                                           "contract", "contract" })
                                    << 1000 << QString();
        QTest::addRow("no readers yet: skip dual-write")
            << R"({"format":"godwit.answers","version":1,"changes":{"table:orders":{"skipDualWrite":true,"skipDualWriteReason":"this table has no readers yet"}}})"
            << QStringList({ "expand", "backfill", "read-switch", "contract", "contract" }) << 1000 << "E";
        QTest::addRow("bigger batches")
            << R"({"format":"godwit.answers","version":1,"changes":{"column:orders.shipping_eta":{"backfillBatchSize":5000}}})"
            << QStringList({ "expand", "dual-write", "backfill", "read-switch", "contract", "contract", "contract" })
            << 5000 << "F";
        QTest::addRow("no compatibility view")
            << R"({"format":"godwit.answers","version":1,"batchSize":250,"changes":{"column:orders.shipping_eta":{"compatibilityView":false}}})"
            << QStringList({ "expand", "dual-write", "backfill", "read-switch", "contract", "contract" }) << 250
            << QString();
    }
    void overrides()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, phases);
        QFETCH(int, batch);
        QFETCH(QString, overriddenNode);
        Answers answers;
        if (!json.isEmpty()) {
            auto parsed = plan::AnswersJson::read(json.toUtf8());
            QVERIFY2(parsed, godwit::test::why(parsed).constData());
            answers = *parsed;
            // The file format round-trips.
            QCOMPARE(*plan::AnswersJson::read(plan::AnswersJson::write(answers).toUtf8()), answers);
        }
        const MigrationPlan plan = PlanBuilder::build(seedChanges(), answers);
        QCOMPARE(::phases(plan), phases);
        const auto backfill
            = std::ranges::find_if(plan.steps, [](const plan::PlanStep& s) { return s.backfill.has_value(); });
        QVERIFY(backfill != plan.steps.end());
        QCOMPARE(backfill->backfill->batchSize, batch);
        for (const plan::WalkStep& s : plan.walks.front().steps)
            QCOMPARE(s.overridden, s.nodeId == overriddenNode);
        if (overriddenNode == QLatin1String("E"))
            QCOMPARE(plan.walks.front().at(u"E")->why, QStringLiteral("Skipped: this table has no readers yet"));
    }

    // An index on a backfilled column is built after the backfill unless the answer says otherwise.
    void indexTiming_data()
    {
        QTest::addColumn<QString>("timing");
        QTest::addColumn<QString>("phase");
        QTest::addRow("pre-filled") << QString() << "backfill";
        QTest::addRow("before the backfill") << "before-backfill"
                                             << "expand";
        QTest::addRow("after the backfill") << "after-backfill"
                                            << "backfill";
    }
    void indexTiming()
    {
        QFETCH(QString, timing);
        QFETCH(QString, phase);
        const schema::Schema after = *SchemaReader::readScript(
            test::sampleScript({ QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
                QStringLiteral("V3__backfill_shipping_eta.sql"),
                QStringLiteral("V4__contract_estimated_delivery.sql") })
                + QStringLiteral("CREATE INDEX orders_eta ON orders (shipping_eta);"),
            QStringLiteral("V5"));
        Answers answers;
        if (!timing.isEmpty())
            answers.changes[QStringLiteral("index:orders.orders_eta")].indexTiming = *plan::indexTimingFromName(timing);
        const MigrationPlan plan = PlanBuilder::build(diff::SchemaDiff::compare(ordersV1(), after), answers);
        const plan::PlanStep* index = plan.step(QStringLiteral("%1:orders.orders_eta").arg(phase));
        QVERIFY2(index, qPrintable(phases(plan).join(QLatin1Char(' '))));
        QVERIFY(index->sql.contains(QLatin1String("CREATE INDEX orders_eta")));
        QVERIFY(std::ranges::any_of(
            index->warnings, [](const QString& w) { return w.startsWith(QLatin1String("write cost:")); }));
        QVERIFY(index->explanation.contains(QLatin1String("slow writes")));
        QCOMPARE(plan.walk(u"index:orders.orders_eta")->at(u"C")->overridden, !timing.isEmpty());
    }

    void answersErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("not JSON") << "{\"format\": "
                                  << "file.json:1:12: unterminated object";
        QTest::addRow("wrong format") << R"({"format":"godwit.plan","version":1})"
                                      << "file.json: answers: \"format\" must be \"godwit.answers\"";
        QTest::addRow("unknown key")
            << R"({"format":"godwit.answers","version":1,"changes":{"x":{"skip":true}}})"
            << "file.json: answers for 'x': unknown key 'skip' (expected one of renameConfirmed, skipDualWrite, "
               "skipDualWriteReason, backfillBatchSize, indexTiming, up, down, fill, compatibilityView)";
        QTest::addRow("bad batch") << R"({"format":"godwit.answers","version":1,"batchSize":0})"
                                   << "file.json: answers: \"batchSize\" must be a positive integer";
        QTest::addRow("bad timing")
            << R"({"format":"godwit.answers","version":1,"changes":{"x":{"indexTiming":"later"}}})"
            << "file.json: answers for 'x': 'indexTiming' must be auto, before-backfill or after-backfill";
    }
    void answersErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto parsed = plan::AnswersJson::read(json.toUtf8(), QStringLiteral("file.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().toString(), message);
    }

    void dotHighlightsThePath()
    {
        const MigrationPlan plan = PlanBuilder::build(seedChanges());
        const QString dot = plan::DecisionTreeDotWriter::write(
            plan::DecisionTree::schemaMigration(), &plan.walks.front(), QStringLiteral("F"));
        QVERIFY(dot.startsWith(QLatin1String("digraph \"Schema Migration Decision Tree\" {")));
        QVERIFY(dot.contains(QLatin1String("B -> D [label=\"Yes: rename/remove\", color=\"#1f6feb\", penwidth=2.5];")));
        QVERIFY(dot.contains(QLatin1String("B -> C [label=\"No: add field\"];")));
        QVERIFY(dot.contains(QLatin1String("F [label=\"Backfill historical rows\", shape=box, "
                                           "style=\"rounded,filled\", color=\"#1f6feb\", penwidth=2, "
                                           "fillcolor=\"#d8ecff\", fillcolor=\"#ffd33d\", penwidth=3];")));
        // Graphviz accepts it.
        QProcess dotProcess;
        dotProcess.start(QStringLiteral("dot"), { QStringLiteral("-Tplain") });
        if (!dotProcess.waitForStarted())
            QSKIP("Graphviz dot is not installed");
        dotProcess.write(dot.toUtf8());
        dotProcess.closeWriteChannel();
        QVERIFY(dotProcess.waitForFinished());
        QCOMPARE(dotProcess.exitCode(), 0);
        QVERIFY(dotProcess.readAllStandardOutput().startsWith("graph "));
    }
};

QTEST_GUILESS_MAIN(TestPlanBuilder)
#include "tst_planbuilder.moc"
