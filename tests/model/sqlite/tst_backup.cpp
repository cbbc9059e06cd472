// SPDX-License-Identifier: GPL-3.0-or-later
// The backup API copy of an original that another connection keeps writing: the copy finishes
// with one consistent snapshot (or is cancelled on request), reports its restarts and waits, and
// never changes what the original's own readers see.
#include "datasets.h"
#include "rehearsal/rehearsalsnapshot.h"
#include "resultmessage.h"
#include "sqlite/backup.h"
#include "sqlite/database.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>

using godwit::Error;
using godwit::sqlite::backupDatabase;
using godwit::sqlite::BackupStatus;
using godwit::sqlite::Database;

namespace {

constexpr int kInitialRows = 1500;

// A ledger whose row count a counter row repeats: every write changes both in one transaction,
// so a torn copy (pages from before and after a write) shows as a count that disagrees.
QString makeOriginal(const QString& journalMode)
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/original-%1.db").arg(journalMode);
    auto db = Database::openWritable(path, true);
    if (!db)
        return {};
    const bool ok
        = db->exec(QStringLiteral("PRAGMA journal_mode=%1;"
                                  "CREATE TABLE ledger(id INTEGER PRIMARY KEY, payload TEXT NOT NULL);"
                                  "CREATE TABLE counter(n INTEGER NOT NULL);"
                                  "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < %2)"
                                  " INSERT INTO ledger(payload) SELECT printf('%.500c', 'x') FROM r;"
                                  "INSERT INTO counter VALUES (%2);")
                       .arg(journalMode)
                       .arg(kInitialRows))
              .has_value();
    return ok ? path : QString();
}

// One write of the other process; false when the original was locked (by the copy's snapshot).
bool writeOne(const Database& writer)
{
    if (writer
            .exec(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO ledger(payload) VALUES (hex(randomblob(200)));"
                                 "UPDATE counter SET n = n + 1; COMMIT;"))
            .has_value())
        return true;
    if (writer.isInTransaction())
        (void)writer.exec(QStringLiteral("ROLLBACK"));
    return false;
}

// The copy (or the original) is whole and agrees with itself; returns its ledger's rows.
qint64 consistentRows(const QString& path)
{
    auto db = Database::openWritable(path);
    if (!db)
        return -1;
    auto integrity = db->scalar(QStringLiteral("PRAGMA integrity_check"));
    auto rows = db->scalar(QStringLiteral("SELECT count(*) FROM ledger"));
    auto counter = db->scalar(QStringLiteral("SELECT n FROM counter"));
    if (!integrity || integrity->toString() != QLatin1String("ok") || !rows || !counter
        || rows->toLongLong() != counter->toLongLong())
        return -1;
    return rows->toLongLong();
}

// Another process's application: writes as fast as it can until destroyed.
class WriterThread {
public:
    explicit WriterThread(const QString& path)
        : m_thread([this, path] {
            auto writer = Database::openWritable(path);
            // A commit about every millisecond: back-to-back commits with no gap can starve a reader
            // of the rollback journal's SHARED lock for longer than any busy timeout on a loaded machine.
            while (writer && !m_stop.load()) {
                (writeOne(*writer) ? m_written : m_refused)++;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        })
    {
    }
    ~WriterThread() { stop(); }
    void stop()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    [[nodiscard]] int written() const { return m_written.load(); }

private:
    std::atomic_bool m_stop { false };
    std::atomic_int m_written { 0 };
    std::atomic_int m_refused { 0 };
    std::thread m_thread;
};

} // namespace

Q_DECLARE_METATYPE(godwit::sqlite::BackupStatus)

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesWhileWritten_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<bool>("expectRestarts");
        // WAL readers never block writers: the copy reads one snapshot from the start.
        QTest::addRow("WAL original") << QStringLiteral("wal") << false;
        // A rollback journal: the copy starts over a few times, then holds a snapshot.
        QTest::addRow("rollback-journal original") << QStringLiteral("delete") << true;
    }

    // Deterministic: the other connection writes after every step, as a busy application would.
    void copiesWhileWritten()
    {
        QFETCH(QString, journalMode);
        QFETCH(bool, expectRestarts);
        const QString original = makeOriginal(journalMode);
        QVERIFY(!original.isEmpty());
        auto writer = Database::openWritable(original);
        QVERIFY(writer);
        writer->setBusyTimeout(0);
        QVERIFY(writer->scalar(QStringLiteral("SELECT n FROM counter"))); // opens the WAL beside a WAL original
        auto source = Database::openOriginal(original);
        QVERIFY2(source, godwit::test::why(source).constData());
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/copy-%1.db").arg(journalMode);
        QList<BackupStatus> statuses;
        int written = 0;
        int refused = 0;
        auto r = backupDatabase(
            *source, copy,
            [&](const BackupStatus& s) {
                statuses << s;
                (writeOne(*writer) ? written : refused)++;
                return statuses.size() < 10000; // a copy that never ends fails here instead of hanging
            },
            8);
        QVERIFY2(r, godwit::test::why(r).constData());
        QVERIFY(statuses.size() < 10000);
        const BackupStatus last = statuses.constLast();
        QCOMPARE(last.pagesDone, last.pagesTotal);
        QVERIFY(last.snapshot);
        QCOMPARE(last.restarts > 0, expectRestarts);
        if (expectRestarts) {
            // The restarts were reported one by one, and the snapshot only came after them.
            QVERIFY(last.restarts >= 3);
            const auto firstSnapshot = std::ranges::find_if(statuses, [](const BackupStatus& s) { return s.snapshot; });
            QVERIFY(firstSnapshot != statuses.end());
            QVERIFY(firstSnapshot->restarts >= 3);
            // While the snapshot is held, the other process's commits wait (here: fail at once).
            QVERIFY(refused > 0);
        } else {
            QCOMPARE(refused, 0);
        }
        QVERIFY(written > 0);
        const qint64 copied = consistentRows(copy);
        QVERIFY(copied >= kInitialRows);
        QVERIFY(copied <= kInitialRows + written); // one snapshot, taken before the last write
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        // The original holds exactly what its writer committed.
        source = Database();
        QCOMPARE(consistentRows(original), qint64(kInitialRows + written));
    }

    void finishesUnderAWriterThread_data()
    {
        QTest::addColumn<QString>("journalMode");
        // A WAL original whose -wal keeps changing is refused at open (Database::openOriginal reads
        // WAL originals from a snapshot of the file and its -wal), so only the rollback journal here.
        QTest::addRow("rollback-journal original") << QStringLiteral("delete");
    }

    // A real concurrent writer that keeps committing: before, the copy restarted forever.
    void finishesUnderAWriterThread()
    {
        QFETCH(QString, journalMode);
        const QString original = makeOriginal(journalMode);
        QVERIFY(!original.isEmpty());
        WriterThread writer(original);
        QTRY_VERIFY(writer.written() > 20);
        auto source = Database::openOriginal(original, { 5000, true });
        QVERIFY2(source, godwit::test::why(source).constData());
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/threaded-%1.db").arg(journalMode);
        const QDeadlineTimer deadline(60000);
        BackupStatus last;
        auto r = backupDatabase(
            *source, copy,
            [&](const BackupStatus& s) {
                last = s;
                return !deadline.hasExpired(); // a copy that never ends fails here instead of hanging
            },
            16);
        writer.stop();
        QVERIFY2(r, godwit::test::why(r).constData());
        QCOMPARE(last.pagesDone, last.pagesTotal);
        QVERIFY(consistentRows(copy) >= kInitialRows);
        source = Database();
        QCOMPARE(consistentRows(original), qint64(kInitialRows + writer.written()));
    }

    void cancels_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<bool>("lockOriginal");
        QTest::addRow("while restarting") << QStringLiteral("delete") << false;
        QTest::addRow("while waiting for a writer's lock") << QStringLiteral("delete") << true;
    }

    void cancels()
    {
        QFETCH(QString, journalMode);
        QFETCH(bool, lockOriginal);
        const QString original = makeOriginal(journalMode);
        QVERIFY(!original.isEmpty());
        auto writer = Database::openWritable(original);
        QVERIFY(writer);
        writer->setBusyTimeout(0);
        QVERIFY(writer->scalar(QStringLiteral("SELECT n FROM counter")));
        auto source = Database::openOriginal(original);
        QVERIFY2(source, godwit::test::why(source).constData());
        // A writer in the middle of its commit: BEGIN EXCLUSIVE keeps readers of a rollback-journal database out.
        if (lockOriginal)
            QVERIFY(writer->exec(QStringLiteral("BEGIN EXCLUSIVE; UPDATE counter SET n = n")));
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/cancelled-%1.db").arg(journalMode);
        BackupStatus last;
        int calls = 0;
        auto r = backupDatabase(
            *source, copy,
            [&](const BackupStatus& s) {
                last = s;
                ++calls;
                if (!lockOriginal)
                    (void)writeOne(*writer);
                return lockOriginal ? !s.waiting : s.restarts < 2;
            },
            8);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(lockOriginal ? last.waiting : last.restarts == 2);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        if (lockOriginal)
            QVERIFY(writer->exec(QStringLiteral("ROLLBACK")));
    }

    void statusLineSaysWhatTheCopyWaitsFor_data()
    {
        QTest::addColumn<BackupStatus>("copy");
        QTest::addColumn<QString>("expected");
        QTest::addRow("copying") << BackupStatus { 100, 400, 0, false, false }
                                 << QStringLiteral("Copy: 100/400 25.0%; Applied: 0; Backfill rate: 0 rows/s; "
                                                   "Lag/latency p99: 0 ms; State: copying; ETA: N/A");
        QTest::addRow("restarted once")
            << BackupStatus { 8, 400, 1, false, false }
            << QStringLiteral("Copy: 8/400 2.0%; Applied: 0; Backfill rate: 0 rows/s; Lag/latency p99: 0 ms; "
                              "State: copying: restarted 1 time because another process is writing the original; "
                              "ETA: N/A");
        QTest::addRow("restarted, then a snapshot")
            << BackupStatus { 200, 400, 4, true, false }
            << QStringLiteral("Copy: 200/400 50.0%; Applied: 0; Backfill rate: 0 rows/s; Lag/latency p99: 0 ms; "
                              "State: copying: restarted 4 times because another process is writing the original; "
                              "now copying one snapshot of it; ETA: N/A");
        QTest::addRow("waiting for a lock")
            << BackupStatus { 0, 0, 0, false, true }
            << QStringLiteral("Copy: 0/0 0.0%; Applied: 0; Backfill rate: 0 rows/s; Lag/latency p99: 0 ms; "
                              "State: copying: waiting for another process's write lock on the original; ETA: N/A");
    }

    void statusLineSaysWhatTheCopyWaitsFor()
    {
        QFETCH(BackupStatus, copy);
        QFETCH(QString, expected);
        godwit::rehearsal::RehearsalSnapshot snapshot;
        snapshot.state = { godwit::rehearsal::RunState::Copying };
        snapshot.copy = copy;
        QCOMPARE(snapshot.statusLine().toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
