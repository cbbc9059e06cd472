// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "sidecarfixture.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using godwit::Error;
using godwit::sqlite::Database;
using godwit::sqlite::Transaction;

Q_DECLARE_METATYPE(Error::Code)

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small valid database file (rollback journal), returned as bytes for mangling.
QByteArray smallDatabaseBytes(const QString& dir)
{
    const QString path = dir + QStringLiteral("/small.db");
    {
        auto db = Database::openWritable(path, true);
        if (!db)
            return {};
        (void)db->exec(QStringLiteral("PRAGMA page_size=1024; CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT);"
                                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<2000)"
                                      "INSERT INTO t(b) SELECT printf('row %d of many', i) FROM n;"));
    }
    return readFile(path);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openOriginalRefusesBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing file") << "missing" << Error::Code::FileNotFound << "no such file";
        QTest::addRow("directory") << "directory" << Error::Code::IsDirectory << "is a directory";
        QTest::addRow("empty file") << "empty" << Error::Code::EmptyFile << "file is empty";
        QTest::addRow("text file") << "text" << Error::Code::NotADatabase << "not a SQLite database";
        QTest::addRow("encrypted (random bytes)") << "random" << Error::Code::NotADatabase << "may be encrypted";
        QTest::addRow("garbled header page size") << "badpagesize" << Error::Code::NotADatabase << "invalid page size";
        QTest::addRow("truncated") << "truncated" << Error::Code::Truncated << "truncated";
        QTest::addRow("truncated mid-page") << "midpage" << Error::Code::Truncated << "truncated";
        QTest::addRow("corrupt pages") << "corrupt" << Error::Code::Corrupt << "corrupt";
    }
    void openOriginalRefusesBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(Error::Code, code);
        QFETCH(QString, message);
        const QString dir = godwit::test::scratchDir();
        QString path = dir + QStringLiteral("/input.db");
        const QByteArray good = smallDatabaseBytes(dir);
        QVERIFY(good.size() > 8 * 1024);
        if (kind == QLatin1String("missing")) {
            path = dir + QStringLiteral("/nope.db");
        } else if (kind == QLatin1String("directory")) {
            path = dir;
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("text")) {
            writeFile(path, "CREATE TABLE this is not a database;\n");
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(4096, Qt::Uninitialized);
            QRandomGenerator rng(42);
            for (char& c : bytes)
                c = static_cast<char>(rng.bounded(256));
            writeFile(path, bytes);
        } else if (kind == QLatin1String("badpagesize")) {
            QByteArray bytes = good;
            bytes[16] = 0x03; // page size 0x0300 = 768: not a power of two
            bytes[17] = 0x00;
            writeFile(path, bytes);
        } else if (kind == QLatin1String("truncated")) {
            writeFile(path, good.left(good.size() / 2 / 1024 * 1024));
        } else if (kind == QLatin1String("midpage")) {
            writeFile(path, good.left(good.size() - 100));
        } else if (kind == QLatin1String("corrupt")) {
            QByteArray bytes = good;
            for (qsizetype i = 1024 + 8; i < bytes.size(); i += 7)
                bytes[i] = static_cast<char>(0xA5);
            writeFile(path, bytes);
        }
        const auto before = godwit::test::databaseFingerprint(path);
        auto db = Database::openOriginal(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, code);
        QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
        QCOMPARE(db.error().file, path);
        QVERIFY(db.error().toString().startsWith(path + QStringLiteral(": ")));
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    void openOriginalReportsLocked()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/locked.db");
        auto writer = Database::openWritable(path, true);
        QVERIFY(writer);
        QVERIFY(writer->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")));
        // An exclusive lock in rollback-journal mode keeps every reader out until it ends.
        QVERIFY(writer->exec(QStringLiteral("BEGIN EXCLUSIVE; INSERT INTO t VALUES (2);")));
        godwit::sqlite::OpenOptions options;
        options.busyTimeoutMs = 50;
        auto db = Database::openOriginal(path, options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Locked);
        QVERIFY2(db.error().message.contains(QLatin1String("locked")), qPrintable(db.error().message));
        QVERIFY(writer->exec(QStringLiteral("ROLLBACK")));
        QVERIFY(Database::openOriginal(path, options));
    }

    void originalIsReadOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("create table") << "CREATE TABLE x(a)";
        QTest::addRow("insert") << "INSERT INTO Artist(Name) VALUES ('nope')";
        QTest::addRow("pragma that writes") << "PRAGMA user_version = 7";
        QTest::addRow("journal mode change") << "PRAGMA journal_mode = WAL";
        QTest::addRow("vacuum") << "VACUUM";
    }
    void originalIsReadOnly()
    {
        QFETCH(QString, sql);
        const QString path = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        QVERIFY(!path.isEmpty());
        const auto before = godwit::test::databaseFingerprint(path);
        {
            auto db = Database::openOriginal(path);
            QVERIFY2(db, godwit::test::why(db).constData());
            QVERIFY(db->isReadOnly());
            auto r = db->exec(sql);
            // journal_mode on a read-only connection reports the unchanged mode instead of failing.
            if (sql.contains(QLatin1String("journal_mode")))
                QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("delete"));
            else
                QVERIFY(!r);
        }
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    void walOriginalAndItsWalStayUnchanged()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/wal.db");
        auto writer = Database::openWritable(path, true);
        QVERIFY(writer);
        QVERIFY(writer->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                                            "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")));
        QVERIFY(QFile(path + QStringLiteral("-wal")).size() > 0);
        const auto before = godwit::test::databaseFingerprint(path);
        {
            auto db = Database::openOriginal(path);
            QVERIFY2(db, godwit::test::why(db).constData());
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 3);
        }
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    void prepareErrorHasPosition_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown table") << "SELECT *\n  FROM nowhere" << 2 << 8 << "no such table: nowhere";
        QTest::addRow("unknown column") << "SELECT missing_col FROM t" << 1 << 8 << "no such column: missing_col";
        QTest::addRow("syntax (FRM reads as an alias)") << "SELECT 1 FRM t" << 1 << 14 << "near \"t\": syntax error";
        QTest::addRow("unknown function")
            << "SELECT a,\n       nofunc(a) FROM t" << 2 << 8 << "no such function: nofunc";
    }
    void prepareErrorHasPosition()
    {
        QFETCH(QString, sql);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto db = Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(a)")));
        auto st = db->prepare(sql);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Sql);
        QVERIFY2(st.error().message.contains(message), qPrintable(st.error().message));
        QCOMPARE(st.error().line, line);
        QCOMPARE(st.error().column, column);
    }

    void prepareRejectsSecondStatement()
    {
        auto db = Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->prepare(QStringLiteral("SELECT 1; -- trailing comment")));
        auto st = db->prepare(QStringLiteral("SELECT 1; SELECT 2"));
        QVERIFY(!st);
        QCOMPARE(st.error().column, 10);
    }

    void executeScriptLocatesErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addRow("syntax error on line 3") << "CREATE TABLE a(x);\nINSERT INTO a VALUES (1);\nCREATE TABEL b(y);\n"
                                                << "v.sql:3:8: near \"TABEL\": syntax error";
        QTest::addRow("runtime error points at statement")
            << "CREATE TABLE a(x UNIQUE);\n\n  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (1);"
            << "v.sql:4:3: UNIQUE constraint failed: a.x";
        QTest::addRow("non-ASCII before error") << "-- Größe\nSELECT * FROM ünknown;"
                                                << "v.sql:2:15: no such table: ünknown";
    }
    void executeScriptLocatesErrors()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        auto db = Database::openMemory();
        QVERIFY(db);
        auto r = db->executeScript(script, QStringLiteral("v.sql"));
        QVERIFY(!r);
        QCOMPARE(r.error().toString(), expected);
    }

    void scratchDatabasesCannotReachFiles_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("attach") << "ATTACH '%1' AS other";
        QTest::addRow("vacuum into") << "CREATE TABLE t(x); VACUUM INTO '%1'";
    }
    void scratchDatabasesCannotReachFiles()
    {
        QFETCH(QString, sql);
        const QString target = godwit::test::scratchDir() + QStringLiteral("/escaped.db");
        auto db = Database::openMemory();
        QVERIFY(db);
        auto r = db->executeScript(sql.arg(target), QStringLiteral("x.sql"));
        QVERIFY(!r);
        QVERIFY(!QFile::exists(target));
    }

    void errorText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::addRow("everything") << "a.sql" << 3 << 7 << "a.sql:3:7: boom";
        QTest::addRow("no column") << "a.sql" << 3 << 0 << "a.sql:3: boom";
        QTest::addRow("no position") << "a.db" << 0 << 0 << "a.db: boom";
        QTest::addRow("no file") << "" << 1 << 8 << "1:8: boom";
        QTest::addRow("message only") << "" << 0 << 0 << "boom";
    }
    void errorText()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        Error e;
        e.message = QStringLiteral("boom");
        e.file = file;
        e.line = line;
        e.column = column;
        QCOMPARE(e.toString(), expected);
    }

    void errorTextIsOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::addRow("line break") << "a.sql"
                                    << "unknown cardinality '}\n'"
                                    << "a.sql: unknown cardinality '}\\n'";
        QTest::addRow("CR, tab, NUL, escape")
            << "a.sql" << QStringLiteral("near \"a\r\tb") + QChar(0) + QStringLiteral("\x1b[2J\": syntax error")
            << "a.sql: near \"a\\r\\tb\\0\\x1b[2J\": syntax error";
        QTest::addRow("line separator and bidi override")
            << "a.sql" << QStringLiteral("no such table: a") + QChar(0x2028) + QChar(0x202e) + QStringLiteral("b")
            << "a.sql: no such table: a\\u2028\\u202eb";
        QTest::addRow("runaway token") << "a.sql"
                                       << QStringLiteral("unrecognized token: \"'") + QString(500, QLatin1Char('x'))
                                       << QStringLiteral("a.sql: unrecognized token: \"'")
                + QString(58, QLatin1Char('x')) + QChar(0x2026);
        QTest::addRow("line break in the file name") << "a\nb.sql"
                                                     << "boom"
                                                     << "a\\nb.sql: boom";
        QTest::addRow("long path kept") << QStringLiteral("/%1/a.sql").arg(QString(200, QLatin1Char('d'))) << "boom"
                                        << QStringLiteral("/%1/a.sql: boom").arg(QString(200, QLatin1Char('d')));
    }
    void errorTextIsOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        Error e;
        e.file = file;
        e.message = message;
        QCOMPARE(e.toString(), expected);
    }

    void sqliteQuotesAShortToken()
    {
        auto db = Database::openMemory();
        QVERIFY(db);
        const QString script
            = QStringLiteral("CREATE TABLE t(x DEFAULT 'abc\n") + QStringLiteral("more\n").repeated(50);
        auto r = db->executeScript(script, QStringLiteral("s.sql"));
        QVERIFY(!r);
        QCOMPARE(r.error().toString(),
            QStringLiteral("s.sql:1:26: unrecognized token: \"'abc\\n") + QStringLiteral("more\\n").repeated(11)
                + QChar(0x2026) + QLatin1Char('"'));
    }

    // A WAL database nobody has open: read immutable, so no -wal or -shm appears beside it.
    void walOriginalWithoutWalCreatesNothing()
    {
        const QString dir = godwit::test::scratchDir();
        const QString path = dir + QStringLiteral("/wal.db");
        {
            auto writer = Database::openWritable(path, true);
            QVERIFY(writer);
            QVERIFY(writer->exec(
                QStringLiteral("PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);")));
        }
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList { QStringLiteral("wal.db") });
        const auto before = godwit::test::databaseFingerprint(path);
        {
            auto db = Database::openOriginal(path);
            QVERIFY2(db, godwit::test::why(db).constData());
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 2);
            QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList { QStringLiteral("wal.db") });
        }
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList { QStringLiteral("wal.db") });
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    // A crashed writer's -wal: its rows are read from a snapshot; the -shm is not touched.
    void crashedWalIsReadFromASnapshot()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/crashed.db");
        QVERIFY(godwit::test::makeWalDatabase(godwit::test::ordersV1Database(), path, true));
        const auto before = godwit::test::databaseFingerprint(path);
        {
            auto db = Database::openOriginal(path);
            QVERIFY2(db, godwit::test::why(db).constData());
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM fixture_rows"))->toInt(), 4);
            QCOMPARE(db->path(), path);
        }
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    void hotJournalIsExplained()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/hot.db");
        QVERIFY(godwit::test::makeHotJournalDatabase(godwit::test::ordersV1Database(), path));
        const auto before = godwit::test::databaseFingerprint(path);
        auto db = Database::openOriginal(path);
        QVERIFY(!db);
        QCOMPARE(db.error().toString(),
            path
                + QStringLiteral(
                    ": the database has a hot journal from an interrupted write (hot.db-journal); open it "
                    "once with the sqlite3 shell in a writable folder to roll it back, or copy both files"));
        QCOMPARE(godwit::test::databaseFingerprint(path), before);
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")));
        {
            auto tx = Transaction::begin(*db);
            QVERIFY(tx);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 0);
        {
            auto tx = Transaction::begin(*db, Transaction::Kind::Immediate);
            QVERIFY(tx);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QVERIFY(tx->commit());
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
        QVERIFY(!db->isInTransaction());
    }

    void bindRoundTrips_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addRow("null") << QVariant();
        QTest::addRow("integer") << QVariant::fromValue<qint64>(1LL << 40);
        QTest::addRow("real") << QVariant(2.5);
        QTest::addRow("text") << QVariant(QStringLiteral("naïve \"quoted\" 'text'"));
        QTest::addRow("blob") << QVariant(QByteArray("\x00\x01\xff", 3));
    }
    void bindRoundTrips()
    {
        QFETCH(QVariant, value);
        auto db = Database::openMemory();
        QVERIFY(db);
        auto st = db->prepare(QStringLiteral("SELECT ?"));
        QVERIFY(st);
        QVERIFY(st->bind(1, value));
        QVERIFY(*st->step());
        QCOMPARE(st->value(0), value);
    }

    void interruptStopsLongQuery()
    {
        auto db = Database::openMemory();
        QVERIFY(db);
        auto st = db->prepare(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n) SELECT count(*) FROM n"));
        QVERIFY(st);
        godwit::Result<bool> outcome;
        std::unique_ptr<QThread> worker(QThread::create([&] { outcome = st->step(); }));
        worker->start();
        // sqlite3_interrupt is a no-op while nothing runs, so keep asking until the step gives up.
        while (!worker->wait(5))
            db->interrupt();
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
