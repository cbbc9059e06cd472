// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using godwit::Error;
using godwit::sqlite::Database;
using godwit::sqlite::WorkingCopy;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(Dataset)

class TestWorkingCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesDataset_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addColumn<QString>("countSql");
        QTest::addColumn<int>("rows");
        QTest::addRow("chinook") << Dataset::Chinook << "SELECT count(*) FROM Track" << 3503;
        QTest::addRow("northwind") << Dataset::Northwind << "SELECT count(*) FROM Categories" << 8;
        QTest::addRow("sakila (schema only)")
            << Dataset::Sakila << "SELECT count(*) FROM sqlite_schema WHERE type='trigger'" << 30;
    }
    void copiesDataset()
    {
        QFETCH(Dataset, dataset);
        QFETCH(QString, countSql);
        QFETCH(int, rows);
        const QString original = godwit::test::datasetDatabase(dataset);
        QVERIFY(!original.isEmpty());
        const auto before = godwit::test::databaseFingerprint(original);
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/copy.db");
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        int calls = 0;
        bool monotonic = true;
        auto r = WorkingCopy::create(original, copy, [&](const godwit::sqlite::BackupStatus& s) -> bool {
            ++calls;
            monotonic = monotonic && s.pagesDone >= lastDone && s.restarts == 0;
            lastDone = s.pagesDone;
            lastTotal = s.pagesTotal;
            return true;
        });
        QVERIFY2(r, godwit::test::why(r).constData());
        QVERIFY(calls >= 1);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        QCOMPARE(godwit::test::databaseFingerprint(original), before);

        auto db = Database::openWritable(copy);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db->scalar(countSql)->toInt(), rows);
        // The copy is ours to write.
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE godwit_probe(x)")));
    }

    void cancelLeavesNothing()
    {
        const QString original = godwit::test::datasetDatabase(Dataset::Northwind);
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/cancelled.db");
        auto r = WorkingCopy::create(
            original, copy, [](const godwit::sqlite::BackupStatus& s) { return s.pagesDone == 0; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
    }

    void refusesToOverwriteOriginal()
    {
        const QString original = godwit::test::datasetDatabase(Dataset::Chinook);
        const auto before = godwit::test::databaseFingerprint(original);
        auto r = WorkingCopy::create(original, original);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QCOMPARE(godwit::test::databaseFingerprint(original), before);
    }

    void badOriginalFailsCleanly()
    {
        const QString dir = godwit::test::scratchDir();
        const QString copy = dir + QStringLiteral("/copy.db");
        auto r = WorkingCopy::create(dir + QStringLiteral("/missing.db"), copy);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::FileNotFound);
        QVERIFY(!QFileInfo::exists(copy));
    }

    void walOriginalCopiesCommittedWalContent()
    {
        const QString dir = godwit::test::scratchDir();
        const QString path = dir + QStringLiteral("/wal.db");
        auto writer = Database::openWritable(path, true);
        QVERIFY(writer);
        QVERIFY(writer->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                                            "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")));
        const auto before = godwit::test::databaseFingerprint(path);
        QVERIFY(!before.value(QStringLiteral("wal")).isEmpty());
        const QString copy = dir + QStringLiteral("/copy.db");
        QVERIFY(WorkingCopy::create(path, copy));
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
        auto db = Database::openWritable(copy);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 3);
    }

    void defaultFolder()
    {
        QVERIFY(WorkingCopy::defaultFolder(QStringLiteral("/home/ann/shop/shop.godwit"))
            == QStringLiteral("/home/ann/shop/godwit-rehearsal"));
        QVERIFY(WorkingCopy::defaultFolder().endsWith(QStringLiteral("godwit-rehearsal")));
        const QString a = WorkingCopy::suggestedPath(QStringLiteral("/data/shop.db"), QStringLiteral("/tmp/r"));
        QVERIFY(a.startsWith(QStringLiteral("/tmp/r/shop-")));
        QVERIFY(a.endsWith(QStringLiteral(".db")));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCopy)
#include "tst_workingcopy.moc"
