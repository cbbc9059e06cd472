// SPDX-License-Identifier: GPL-3.0-or-later
// SqlRunner and SqlSession: one result per statement, errors at line:col of the editor's text,
// the original strictly read-only (its file byte-identical after DELETE, ATTACH, VACUUM INTO
// and the rest were typed), and a working copy's writes held for Commit or Roll Back.
#include "data/sqlrunner.h"
#include "data/sqlsession.h"
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "sqlite/database.h"

#include <QSignalSpy>
#include <QTest>

using godwit::data::SqlRunner;
using godwit::data::SqlSession;
using godwit::data::StatementResult;
using godwit::sqlite::Database;

class TestSqlRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_chinook = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        QVERIFY(!m_chinook.isEmpty());
    }

    void statements()
    {
        auto db = Database::openOriginal(m_chinook);
        QVERIFY2(db, godwit::test::why(db).constData());
        const QList<StatementResult> results = SqlRunner::run(*db,
            QStringLiteral("SELECT count(*) AS n FROM Track;\n-- the rock tracks\nSELECT Name FROM Track WHERE "
                           "GenreId = 1 ORDER BY TrackId;\nPRAGMA user_version;"),
            { true, 100, QStringLiteral("editor") });
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].rows.columns, QStringList { QStringLiteral("n") });
        QCOMPARE(results[0].rows.rows.front().front().toLongLong(), 3503);
        QCOMPARE(results[1].line, 3);
        QCOMPARE(results[1].column, 1);
        // 1,297 rock tracks: all counted, the first 100 kept.
        QCOMPARE(results[1].rowCount, 1297);
        QCOMPARE(results[1].rows.rows.size(), 100);
        QVERIFY(results[1].rows.truncated);
        QCOMPARE(
            results[1].rows.rows.front().front().toString(), QStringLiteral("For Those About To Rock (We Salute You)"));
        QVERIFY(results[2].returnsRows);
        for (const StatementResult& r : results) {
            QVERIFY(!r.error);
            QVERIFY(r.elapsedMs >= 0);
        }
    }

    void errorPositions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("results");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("syntax error in the second statement")
            << "SELECT 1;\nSELECT *\n  FROM Track WHERE;" << 2 << 3 << 19 << "near \";\": syntax error";
        QTest::addRow("no such column, stops the run")
            << "SELECT 1;  SELECT nope FROM Album;\nSELECT 2;" << 2 << 1 << 19 << "no such column: nope";
    }

    void errorPositions()
    {
        QFETCH(QString, sql);
        QFETCH(int, results);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto db = Database::openOriginal(m_chinook);
        QVERIFY(db);
        const QList<StatementResult> out = SqlRunner::run(*db, sql, { true, 10, QStringLiteral("editor") });
        QCOMPARE(out.size(), results);
        QVERIFY(out.back().error);
        QCOMPARE(out.back().error->message, message);
        QCOMPARE(out.back().error->line, line);
        QCOMPARE(out.back().error->column, column);
        QCOMPARE(out.back().error->file, QStringLiteral("editor"));
    }

    // Whatever a user types into the editor on the original, the file does not change.
    void originalIsReadOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::addRow("DELETE") << "DELETE FROM Track"
                                << "DELETE would change the database";
        QTest::addRow("UPDATE") << "UPDATE Track SET Name = 'x'"
                                << "UPDATE would change the database";
        QTest::addRow("DROP TABLE") << "DROP TABLE Track"
                                    << "DROP would change the database";
        QTest::addRow("CREATE TABLE") << "CREATE TABLE x (a)"
                                      << "CREATE would change the database";
        QTest::addRow("ATTACH") << QStringLiteral("ATTACH '%1' AS other").arg(QStringLiteral("/tmp/godwit-x.db"))
                                << "ATTACH is not allowed";
        QTest::addRow("VACUUM INTO") << "VACUUM INTO '/tmp/godwit-vacuum.db'"
                                     << "VACUUM INTO is not allowed";
        QTest::addRow("VACUUM") << "VACUUM"
                                << "VACUUM would change the database";
        QTest::addRow("PRAGMA that writes") << "PRAGMA user_version = 7"
                                            << "would change the database";
        QTest::addRow("write behind a read") << "SELECT 1; INSERT INTO Genre (Name) VALUES ('x')"
                                             << "INSERT would change the database";
    }

    void originalIsReadOnly()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const auto before = godwit::test::databaseFingerprint(m_chinook);
        SqlSession session;
        QSignalSpy opened(&session, &SqlSession::opened);
        QSignalSpy finished(&session, &SqlSession::finished);
        session.open(m_chinook, SqlSession::Target::Original);
        QVERIFY(opened.wait());
        session.run(sql);
        QVERIFY(finished.wait());
        const auto results = finished.front().front().value<QList<StatementResult>>();
        QVERIFY(!results.isEmpty());
        QVERIFY(results.back().error);
        QVERIFY2(results.back().error->message.contains(message), qPrintable(results.back().error->message));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/godwit-vacuum.db")));
        QCOMPARE(godwit::test::databaseFingerprint(m_chinook), before);
    }

    void workingCopyTransaction()
    {
        const auto before = godwit::test::databaseFingerprint(m_chinook);
        const QString copy = godwit::test::scratchDir() + QStringLiteral("/copy.db");
        SqlSession session;
        QSignalSpy opened(&session, &SqlSession::opened);
        QSignalSpy finished(&session, &SqlSession::finished);
        QSignalSpy ended(&session, &SqlSession::transactionEnded);
        session.open(m_chinook, SqlSession::Target::WorkingCopy, copy);
        QVERIFY(opened.wait());
        auto count = [&] {
            auto db = Database::openOriginal(copy, { 1000, false });
            return db ? db->scalar(QStringLiteral("SELECT count(*) FROM Genre"))->toLongLong() : -1;
        };
        QCOMPARE(count(), 25);

        session.run(QStringLiteral("INSERT INTO Genre (Name) VALUES ('Fado'), ('Morna');"));
        QVERIFY(finished.wait());
        const auto results = finished.back().front().value<QList<StatementResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.front().error);
        QCOMPARE(results.front().changes, 2);
        QVERIFY(finished.back().at(1).toBool()); // still in the transaction
        QCOMPARE(count(), 25); // not committed: another connection does not see it
        session.rollback();
        QVERIFY(ended.wait());
        QCOMPARE(ended.back().front().toBool(), false);
        QCOMPARE(count(), 25);

        session.run(QStringLiteral("DELETE FROM Genre WHERE GenreId > 20;"));
        QVERIFY(finished.wait());
        session.commit();
        QVERIFY(ended.wait());
        QCOMPARE(ended.back().front().toBool(), true);
        QCOMPARE(count(), 20);
        QCOMPARE(godwit::test::databaseFingerprint(m_chinook), before);
    }

    void cancel()
    {
        SqlSession session;
        QSignalSpy opened(&session, &SqlSession::opened);
        QSignalSpy finished(&session, &SqlSession::finished);
        session.open(m_chinook, SqlSession::Target::Original);
        QVERIFY(opened.wait());
        // A query that would run for minutes: a cross join of the tracks with themselves, twice.
        session.run(QStringLiteral("SELECT count(*) FROM Track a, Track b, Track c;"));
        QTest::qWait(100);
        QVERIFY(session.isRunning());
        session.cancel();
        QVERIFY(finished.wait(10000));
        const auto results = finished.front().front().value<QList<StatementResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY(results.front().error);
        QCOMPARE(results.front().error->code, godwit::Error::Code::Interrupted);
    }

private:
    QString m_chinook;
};

QTEST_GUILESS_MAIN(TestSqlRunner)
#include "tst_sqlrunner.moc"
