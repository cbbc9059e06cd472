// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using godwit::Result;
using godwit::sqlite::Database;

// Every connection Database hands out runs SQL a user wrote somewhere (scripts, migrations,
// queries, answers' expressions); ConnectionGuard keeps all of them from reaching another file,
// loading code or undoing the guard. The payloads are the ones that wrote the original before.
class TestConnectionGuard : public QObject {
    Q_OBJECT

    enum class Opener { Memory, Writable, Original };

    QString m_dir;
    QString m_original; // a small database standing in for the user's
    QString m_copy; // a working copy Godwit owns

    Result<Database> open(Opener opener) const
    {
        switch (opener) {
        case Opener::Memory:
            return Database::openMemory();
        case Opener::Writable:
            return Database::openWritable(m_copy);
        case Opener::Original:
            return Database::openOriginal(m_original);
        }
        return Database::openMemory();
    }

    static void addForEveryOpener(const char* name, const QString& sql, const QString& refusal)
    {
        for (auto [opener, label] : { std::pair { Opener::Memory, "memory" }, { Opener::Writable, "working copy" },
                 { Opener::Original, "original" } })
            QTest::addRow("%s on %s", name, label) << int(opener) << sql << refusal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = godwit::test::scratchDir();
        m_original = m_dir + QStringLiteral("/original.db");
        m_copy = m_dir + QStringLiteral("/copy.db");
        for (const QString& path : { m_original, m_copy }) {
            auto db = Database::openWritable(path, true);
            QVERIFY2(db, godwit::test::why(db).constData());
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT);"
                                            "INSERT INTO t(b) VALUES ('x'), ('y'), ('z');")));
        }
    }

    void refusesWhatReachesOutside_data()
    {
        QTest::addColumn<int>("opener");
        QTest::addColumn<QString>("sql"); // {original}, {new}: a file that must never appear, {dir}
        QTest::addColumn<QString>("refusal"); // what the error says after "not authorized: ", empty: any error
        const QString attach = QStringLiteral("ATTACH is not allowed");
        addForEveryOpener("attach the original and delete",
            QStringLiteral("ATTACH DATABASE '{original}' AS o; DELETE FROM o.t;"), attach);
        addForEveryOpener("attach a new file", QStringLiteral("ATTACH '{new}' AS n; CREATE TABLE n.x(a);"), attach);
        addForEveryOpener("attach a file: URI with mode=rwc",
            QStringLiteral("ATTACH 'file:{new}?mode=rwc' AS n; CREATE TABLE n.x(a);"), attach);
        addForEveryOpener("attach a file: URI of the original",
            QStringLiteral("ATTACH 'file:{original}?mode=rw' AS o; DELETE FROM o.t;"), attach);
        addForEveryOpener("attach an expression", QStringLiteral("ATTACH '{new}' || '' AS n"), attach);
        addForEveryOpener("attach memory", QStringLiteral("ATTACH ':memory:' AS m"), attach);
        addForEveryOpener("attach a temporary", QStringLiteral("ATTACH '' AS m"), attach);
        addForEveryOpener(
            "vacuum into", QStringLiteral("VACUUM INTO '{new}'"), QStringLiteral("VACUUM INTO is not allowed"));
        addForEveryOpener("vacuum main into", QStringLiteral("/* x */ vacuum main into '{new}'"),
            QStringLiteral("VACUUM INTO is not allowed"));
        addForEveryOpener("detach", QStringLiteral("DETACH DATABASE o"), QStringLiteral("DETACH is not allowed"));
        addForEveryOpener("load_extension", QStringLiteral("SELECT load_extension('{new}')"),
            QStringLiteral("load_extension() is not allowed"));
        addForEveryOpener("load_extension in a view", QStringLiteral("SELECT * FROM (SELECT LOAD_EXTENSION('{new}'))"),
            QStringLiteral("load_extension() is not allowed"));
        addForEveryOpener("trusted_schema on", QStringLiteral("PRAGMA trusted_schema = ON"),
            QStringLiteral("PRAGMA trusted_schema cannot be changed"));
        addForEveryOpener("writable_schema on", QStringLiteral("PRAGMA writable_schema = 1"),
            QStringLiteral("PRAGMA writable_schema cannot be changed"));
        addForEveryOpener("temp_store_directory", QStringLiteral("PRAGMA temp_store_directory = '{dir}'"),
            QStringLiteral("PRAGMA temp_store_directory cannot be changed"));
        addForEveryOpener("fts3_tokenizer pointer",
            QStringLiteral("SELECT fts3_tokenizer('simple', x'0000000000000000')"), QString());
    }
    void refusesWhatReachesOutside()
    {
        QFETCH(int, opener);
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        const QString forbidden = m_dir + QStringLiteral("/escaped.db");
        const auto original = godwit::test::databaseFingerprint(m_original);
        {
            auto db = open(Opener(opener));
            QVERIFY2(db, godwit::test::why(db).constData());
            const QString script = QString(sql)
                                       .replace(QLatin1String("{original}"), m_original)
                                       .replace(QLatin1String("{new}"), forbidden)
                                       .replace(QLatin1String("{dir}"), m_dir);
            auto r = db->executeScript(script, QStringLiteral("x.sql"));
            QVERIFY2(!r, qPrintable(sql));
            if (!refusal.isEmpty()) {
                QVERIFY2(r.error().toString().startsWith(QStringLiteral("x.sql:1:")), qPrintable(r.error().toString()));
                QVERIFY2(r.error().message.startsWith(QStringLiteral("not authorized: ") + refusal),
                    qPrintable(r.error().toString()));
                QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
            }
            QCOMPARE(db->scalar(QStringLiteral("PRAGMA trusted_schema"))->toInt(), 0);
        }
        QVERIFY(!QFile::exists(forbidden));
        QCOMPARE(godwit::test::databaseFingerprint(m_original), original);
        QCOMPARE(Database::openOriginal(m_original)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 3);
    }

    // What migrations legitimately run keeps working under the guard.
    void allowsWhatMigrationsUse_data()
    {
        QTest::addColumn<int>("opener");
        QTest::addColumn<QString>("sql");
        for (auto opener : { Opener::Memory, Opener::Writable }) {
            const char* on = opener == Opener::Memory ? "memory" : "working copy";
            QTest::addRow("vacuum on %s", on) << int(opener) << "CREATE TABLE IF NOT EXISTS v(a); VACUUM;";
            QTest::addRow("vacuum main on %s", on) << int(opener) << "-- compact\nvacuum main";
            QTest::addRow("foreign keys on %s", on)
                << int(opener) << "PRAGMA foreign_keys = ON; PRAGMA foreign_keys = OFF;";
            QTest::addRow("analyze on %s", on) << int(opener) << "ANALYZE";
            QTest::addRow("savepoint on %s", on)
                << int(opener) << "SAVEPOINT s; INSERT INTO t(b) VALUES ('w'); ROLLBACK TO s; RELEASE s;";
            QTest::addRow("reading the guarded pragmas on %s", on)
                << int(opener) << "PRAGMA trusted_schema; PRAGMA writable_schema;";
            QTest::addRow("fts5 on %s", on)
                << int(opener) << "CREATE VIRTUAL TABLE IF NOT EXISTS f USING fts5(a); DROP TABLE f;";
            QTest::addRow("functions on %s", on) << int(opener) << "SELECT lower('A'), json('[1]'), sqlite_version();";
        }
        QTest::addRow("journal mode on working copy")
            << int(Opener::Writable) << "PRAGMA journal_mode = WAL; PRAGMA journal_mode = DELETE;";
    }
    void allowsWhatMigrationsUse()
    {
        QFETCH(int, opener);
        QFETCH(QString, sql);
        auto db = open(Opener(opener));
        QVERIFY2(db, godwit::test::why(db).constData());
        if (Opener(opener) == Opener::Memory)
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)")));
        auto r = db->executeScript(sql, QStringLiteral("ok.sql"));
        QVERIFY2(r, godwit::test::why(r).constData());
    }

    // Debian's SQLite is built with SQLITE_USE_URI; a path Godwit writes must never read as a URI.
    void writablePathIsNeverAUri()
    {
        const QString target = m_dir + QStringLiteral("/uri-target.db");
        auto db = Database::openWritable(QStringLiteral("file:%1?mode=rwc").arg(target), true);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!db);
        auto original = Database::openWritable(QStringLiteral("file:%1?mode=rw").arg(m_original));
        if (original) // it must not be the original; if it is, this write shows up below
            (void)original->exec(QStringLiteral("DELETE FROM t"));
        QCOMPARE(Database::openOriginal(m_original)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
