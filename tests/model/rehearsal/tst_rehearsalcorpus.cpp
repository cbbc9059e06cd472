// SPDX-License-Identifier: GPL-3.0-or-later
// Every change of the shared corpus (tests/fixtures/corpuscases) rehearsed on real data
// (Chinook, Northwind): the simulated application, derived from the schema and the plan, has
// load in every phase; a correct plan ends ok with its drift measured 0 (or "not measured" with
// the reason: a plan that keeps no second copy); with the dual-write skipped it fails, with
// drift > 0 wherever the plan keeps data twice.
#include "corpuscases.h"
#include "datasets.h"
#include "rehearsal/rehearsalrunner.h"
#include "resultmessage.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace godwit;
using namespace godwit::rehearsal;

Q_DECLARE_METATYPE(godwit::test::CorpusCase)

class TestRehearsalCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Issue 14's customers schema: a rename, TEXT -> INTEGER NOT NULL DEFAULT 0 over NULLs, a
    // defaulted column and an index, planned as a shadow table. It had no load at all, drift "not
    // measurable", and a skipped dual-write still ended ok.
    void customersShadowTable_data()
    {
        QTest::addColumn<bool>("skipDualWrite");
        QTest::addRow("correct plan") << false;
        QTest::addRow("skip-dual-write") << true;
    }
    void customersShadowTable()
    {
        QFETCH(bool, skipDualWrite);
        const QString dir = test::scratchDir();
        static int serial = 0;
        const QString source = QDir(dir).filePath(QStringLiteral("customers-%1.db").arg(++serial));
        const QString target = QDir(dir).filePath(QStringLiteral("customers-target-%1.sql").arg(serial));
        {
            auto db = sqlite::Database::openWritable(source, true);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral(
                "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE, "
                "credit TEXT, created_at TEXT NOT NULL);\n"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                "INSERT INTO customer (name, email, credit, created_at) SELECT 'customer ' || i, 'c' || i || "
                "'@example.org', CASE WHEN i % 14 = 0 THEN NULL ELSE CAST(i % 500 AS TEXT) END, "
                "'2026-01-01' FROM n;")));
        }
        QFile sql(target);
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email_address TEXT NOT NULL "
                  "UNIQUE, credit INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, tier TEXT NOT NULL DEFAULT "
                  "'basic');\nCREATE INDEX customer_created ON customer (created_at);\n");
        sql.close();
        auto plan = RehearsalPlan::forTarget(source, target);
        QVERIFY2(plan, godwit::test::why(plan).constData());
        QCOMPARE(plan->plan.walks.front().strategy, QStringLiteral("shadow-table"));
        QCOMPARE(plan->copies.size(), 1);

        RehearsalOptions o;
        o.originalPath = source;
        o.copyPath = QDir(dir).filePath(QStringLiteral("customers-copy-%1.db").arg(serial));
        o.rate = 400;
        o.observeMs = 150;
        o.pacing.batchSize = 500;
        o.planBatchSize = false;
        if (skipDualWrite)
            o.faults << Fault::SkipDualWrite;
        RehearsalRunner runner(*plan, o);
        auto result = runner.run();
        QVERIFY2(result, godwit::test::why(result).constData());
        for (const PhaseRecord& p : result->phases) {
            QVERIFY2(p.workload.operations > 0, qPrintable(p.name() + QStringLiteral(" had no load")));
            QVERIFY2(p.workload.oldVersion.writes + p.workload.newVersion.writes > 0,
                qPrintable(p.name() + QStringLiteral(" had no writes")));
        }
        if (skipDualWrite) {
            QVERIFY(!result->ok);
            QVERIFY2(result->driftRows > 0, qPrintable(result->reasons.join(u'\n')));
        } else {
            QVERIFY2(result->ok, qPrintable(result->reasons.join(u'\n')));
            QCOMPARE(result->driftRows, 0);
        }
    }

    void rehearse_data()
    {
        QTest::addColumn<test::CorpusCase>("change");
        QTest::addColumn<bool>("skipDualWrite");
        for (const test::CorpusCase& c : test::corpusCases()) {
            const QString name = QStringLiteral("%1: %2").arg(test::datasetName(c.dataset), c.name);
            QTest::addRow("%s", qPrintable(name)) << c << false;
            QTest::addRow("%s, skip-dual-write", qPrintable(name)) << c << true;
        }
    }
    void rehearse()
    {
        QFETCH(test::CorpusCase, change);
        QFETCH(bool, skipDualWrite);
        const QString source = test::corpusSource(change);
        QVERIFY(!source.isEmpty());
        const QString target = test::corpusTarget(change, source);
        QVERIFY(!target.isEmpty());
        auto plan = RehearsalPlan::forTarget(source, target, diff::RenamePolicy::Accept, change.answers);
        QVERIFY2(plan, godwit::test::why(plan).constData());
        QVERIFY(!plan->isEmpty());

        RehearsalOptions o;
        o.originalPath = source;
        static int serial = 0;
        o.copyPath = QDir(test::scratchDir()).filePath(QStringLiteral("corpus-copy-%1.db").arg(++serial));
        // Enough operations per phase that a skipped dual-write meets the moved data on a busy machine too.
        o.rate = 800;
        o.observeMs = 150;
        o.pacing.batchSize = 200;
        o.planBatchSize = false;
        if (skipDualWrite)
            o.faults << Fault::SkipDualWrite;
        RehearsalRunner runner(*plan, o);
        auto result = runner.run();
        QVERIFY2(result, godwit::test::why(result).constData());

        QStringList load;
        for (const PhaseRecord& p : result->phases)
            load << QStringLiteral("%1 %2").arg(p.name()).arg(p.workload.operations);
        const QString drift = result->driftRows >= 0
            ? QString::number(result->driftRows)
            : QStringLiteral("not measured (%1)").arg(result->driftNotMeasured);
        // The corpus table of the closing report comes from these lines.
        qInfo("corpus | %s | %s | %s | %s | drift %s", qPrintable(test::datasetName(change.dataset)),
            qPrintable(change.name), skipDualWrite ? "skip-dual-write" : "-", qPrintable(result->verdict()),
            qPrintable(drift + QStringLiteral(" | ") + load.join(QStringLiteral(", "))));
        QVERIFY2(result->originalUnchanged(), "the source changed");
        for (const PhaseRecord& p : result->phases) {
            if (p.status == PhaseStatus::Done)
                QVERIFY2(p.workload.operations > 0, qPrintable(p.name() + QStringLiteral(" had no load")));
        }
        if (!skipDualWrite) {
            // The plan's own bug, not the rehearsal's: a contract that recreates views depending on
            // views out of order (issue 14's "Sales Totals by Amount"); passes once the plan is fixed.
            if (std::ranges::any_of(result->reasons, [](const QString& r) { return r.contains(u"error in view"); }))
                QEXPECT_FAIL("", "the contract recreates views that depend on views out of order", Abort);
            QVERIFY2(result->ok, qPrintable(result->reasons.join(QStringLiteral("\n"))));
            QCOMPARE(result->phases.size(), 6);
            if (result->mappings > 0)
                QCOMPARE(result->driftRows, 0);
            else
                QVERIFY(!result->driftNotMeasured.isEmpty());
            return;
        }
        QVERIFY2(!result->ok, "a skipped dual-write must not end ok");
        if (result->mappings > 0)
            QVERIFY2(result->driftRows > 0, qPrintable(result->reasons.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestRehearsalCorpus)
#include "tst_rehearsalcorpus.moc"
