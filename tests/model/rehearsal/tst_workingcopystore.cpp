// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "rehearsal/workingcopystore.h"
#include "resultmessage.h"
#include "sqlite/workingcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using godwit::rehearsal::WorkingCopyStore;
using godwit::sqlite::WorkingCopy;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(Dataset)

namespace {

// Writes `bytes` bytes to `path` and dates it `daysAgo` days back.
bool writeFile(const QString& path, qint64 bytes, int daysAgo)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'x')) != bytes || !f.flush())
        return false; // flushed first: a later write would date the file now
    const QDateTime when = QDateTime::currentDateTime().addDays(-daysAgo);
    return f.setFileTime(when, QFileDevice::FileModificationTime);
}

QStringList fileNames(const QList<WorkingCopyStore::Entry>& entries)
{
    QStringList names;
    for (const auto& e : entries)
        names << QFileInfo(e.path).fileName();
    return names;
}

} // namespace

class TestWorkingCopyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognisesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isCopy");
        QTest::addRow("suggested") << "orders-20261207-153012-042.db" << true;
        QTest::addRow("dashes in the base") << "my-shop-db-20261207-153012-042.db" << true;
        QTest::addRow("the user's database") << "orders.db" << false;
        QTest::addRow("no milliseconds") << "orders-20261207-153012.db" << false;
        QTest::addRow("a wal") << "orders-20261207-153012-042.db-wal" << false;
        QTest::addRow("another suffix") << "orders-20261207-153012-042.sqlite" << false;
        QTest::addRow("no base") << "-20261207-153012-042.db" << false;
    }
    void recognisesNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, isCopy);
        QCOMPARE(WorkingCopyStore::isWorkingCopyName(name), isCopy);
    }

    void suggestedPathsAreListed_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addRow("chinook") << Dataset::Chinook;
        QTest::addRow("northwind") << Dataset::Northwind;
        QTest::addRow("sakila") << Dataset::Sakila;
    }
    // A copy made the way a rehearsal makes it is found, sized and removed; the original stays.
    void suggestedPathsAreListed()
    {
        QFETCH(Dataset, dataset);
        const QString original = godwit::test::datasetDatabase(dataset);
        QVERIFY(!original.isEmpty());
        const auto before = godwit::test::databaseFingerprint(original);
        const QString folder = godwit::test::scratchDir();
        const QString copy = WorkingCopy::suggestedPath(original, folder);
        const auto made = WorkingCopy::create(original, copy);
        QVERIFY2(made, godwit::test::why(made).constData());

        const WorkingCopyStore store(folder);
        const auto entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().path, QFileInfo(copy).absoluteFilePath());
        QCOMPARE(entries.first().bytes, QFileInfo(copy).size());
        QVERIFY(entries.first().bytes > 0);

        const auto freed = store.removeOlderThan(QDateTime::currentDateTime().addSecs(60));
        QVERIFY2(freed, godwit::test::why(freed).constData());
        QCOMPARE(*freed, entries.first().bytes);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(store.entries().isEmpty());
        QCOMPARE(godwit::test::databaseFingerprint(original), before);
    }

    void removesOnlyOldCopies_data()
    {
        QTest::addColumn<int>("olderThanDays");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<qint64>("freed");
        QTest::addRow("nothing is that old") << 30 << QStringList {} << qint64(0);
        QTest::addRow("a week") << 7 << QStringList { "a-20261101-100000-000.db" } << qint64(1000 + 300 + 32);
        QTest::addRow("a day") << 1 << QStringList { "a-20261101-100000-000.db", "b-20261201-100000-000.db" }
                               << qint64(1000 + 300 + 32 + 2000);
        QTest::addRow("all") << -1
                             << QStringList { "a-20261101-100000-000.db", "b-20261201-100000-000.db",
                                    "c-20261207-100000-000.db" }
                             << qint64(1000 + 300 + 32 + 2000 + 500 + 64);
    }
    void removesOnlyOldCopies()
    {
        QFETCH(int, olderThanDays);
        QFETCH(QStringList, removed);
        QFETCH(qint64, freed);
        const QString folder = godwit::test::scratchDir();
        const QDir dir(folder);
        // Three copies of different ages (one with a -wal and -shm, one with a journal), and
        // files that are not copies and must survive: the user's own database and a note.
        QVERIFY(writeFile(dir.filePath("a-20261101-100000-000.db"), 1000, 10));
        QVERIFY(writeFile(dir.filePath("a-20261101-100000-000.db-wal"), 300, 10));
        QVERIFY(writeFile(dir.filePath("a-20261101-100000-000.db-shm"), 32, 10));
        QVERIFY(writeFile(dir.filePath("b-20261201-100000-000.db"), 2000, 3));
        QVERIFY(writeFile(dir.filePath("c-20261207-100000-000.db"), 500, 0));
        QVERIFY(writeFile(dir.filePath("c-20261207-100000-000.db-journal"), 64, 0));
        QVERIFY(writeFile(dir.filePath("orders.db"), 4000, 40));
        QVERIFY(writeFile(dir.filePath("notes.txt"), 10, 40));
        const auto keep = godwit::test::databaseFingerprint(dir.filePath("orders.db"));

        const WorkingCopyStore store(folder);
        const auto entries = store.entries();
        QCOMPARE(fileNames(entries),
            QStringList({ "a-20261101-100000-000.db", "b-20261201-100000-000.db", "c-20261207-100000-000.db" }));
        QCOMPARE(WorkingCopyStore::totalBytes(entries), qint64(1000 + 300 + 32 + 2000 + 500 + 64));
        QCOMPARE(entries.first().files.size(), 3);

        const QDateTime cutoff = olderThanDays < 0 ? QDateTime::currentDateTime().addSecs(60)
                                                   : QDateTime::currentDateTime().addDays(-olderThanDays);
        const auto result = store.removeOlderThan(cutoff);
        QVERIFY2(result, godwit::test::why(result).constData());
        QCOMPARE(*result, freed);
        for (const auto& e : entries) {
            const bool gone = removed.contains(QFileInfo(e.path).fileName());
            for (const QString& file : e.files)
                QCOMPARE(QFileInfo::exists(file), !gone);
        }
        QCOMPARE(store.entries().size(), entries.size() - removed.size());
        QVERIFY(QFileInfo::exists(dir.filePath("notes.txt")));
        QCOMPARE(godwit::test::databaseFingerprint(dir.filePath("orders.db")), keep);
    }

    void missingFolderIsEmpty()
    {
        const WorkingCopyStore store(godwit::test::scratchDir() + QStringLiteral("/not-there"));
        QVERIFY(store.entries().isEmpty());
        const auto freed = store.removeOlderThan(QDateTime::currentDateTime());
        QVERIFY(freed);
        QCOMPARE(*freed, qint64(0));
    }

    // A copy that cannot be deleted (its folder is read-only) is an error naming the file.
    void unremovableCopyFails()
    {
        if (QFileInfo(QDir::rootPath()).isWritable())
            QSKIP("running as root: a read-only folder does not stop unlink");
        const QString folder = godwit::test::scratchDir();
        const QString copy = QDir(folder).filePath("a-20261101-100000-000.db");
        QVERIFY(writeFile(copy, 100, 10));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto freed = WorkingCopyStore(folder).removeOlderThan(QDateTime::currentDateTime());
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!freed);
        QCOMPARE(freed.error().file, QFileInfo(copy).absoluteFilePath());
        QVERIFY(QFileInfo::exists(copy));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCopyStore)
#include "tst_workingcopystore.moc"
