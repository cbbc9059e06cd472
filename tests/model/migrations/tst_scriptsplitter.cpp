// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/scriptrunner.h"
#include "migrations/scriptsplitter.h"

#include <QTest>

using namespace godwit::migrations;
using Kind = ScriptStatement::Kind;

class TestScriptSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("statements");
        QTest::addRow("two statements") << "CREATE TABLE a (x);\nINSERT INTO a VALUES (1);\n"
                                        << QStringList { "CREATE TABLE a (x);", "INSERT INTO a VALUES (1);" };
        QTest::addRow("no final semicolon") << "SELECT 1; SELECT 2" << QStringList { "SELECT 1;", "SELECT 2" };
        QTest::addRow("comments and empty statements")
            << "-- a; b\n;;/* c; */ SELECT 1;" << QStringList { "SELECT 1;" };
        QTest::addRow("semicolon in string")
            << "INSERT INTO a VALUES ('x;y');" << QStringList { "INSERT INTO a VALUES ('x;y');" };
        QTest::addRow("trigger body")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END; SELECT 1;"
            << QStringList { "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END;",
                   "SELECT 1;" };
        QTest::addRow("temp trigger with CASE END")
            << "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END;\nSELECT 2;"
            << QStringList { "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END;",
                   "SELECT 2;" };
        QTest::addRow("table named trigger") << "CREATE TABLE \"trigger\" (x); SELECT 1;"
                                             << QStringList { "CREATE TABLE \"trigger\" (x);", "SELECT 1;" };
        QTest::addRow("only comments") << "-- nothing\n/* here */" << QStringList {};
    }
    void splits()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, statements);
        QStringList got;
        for (const ScriptStatement& s : ScriptSplitter::split(sql)) {
            got << s.text;
            QCOMPARE(sql.mid(s.offset, s.length), s.text);
        }
        QCOMPARE(got, statements);
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("keyword");
        QTest::addRow("create") << "CREATE TABLE a (x)" << int(Kind::Normal) << "CREATE";
        QTest::addRow("foreign_keys off")
            << "PRAGMA foreign_keys = OFF" << int(Kind::NonTransactional) << "PRAGMA FOREIGN_KEYS";
        QTest::addRow("foreign_keys with schema")
            << "pragma main.foreign_keys=on" << int(Kind::NonTransactional) << "PRAGMA FOREIGN_KEYS";
        QTest::addRow("foreign_keys query") << "PRAGMA foreign_keys" << int(Kind::Normal) << "PRAGMA FOREIGN_KEYS";
        QTest::addRow("journal_mode") << "PRAGMA journal_mode = WAL" << int(Kind::NonTransactional)
                                      << "PRAGMA JOURNAL_MODE";
        QTest::addRow("synchronous call form")
            << "PRAGMA synchronous(1)" << int(Kind::NonTransactional) << "PRAGMA SYNCHRONOUS";
        QTest::addRow("user_version") << "PRAGMA user_version = 3" << int(Kind::Normal) << "PRAGMA USER_VERSION";
        QTest::addRow("vacuum") << "VACUUM" << int(Kind::NonTransactional) << "VACUUM";
        QTest::addRow("vacuum into") << "VACUUM INTO '/tmp/x.db'" << int(Kind::Forbidden) << "VACUUM";
        QTest::addRow("attach") << "ATTACH DATABASE 'x.db' AS x" << int(Kind::Forbidden) << "ATTACH";
        QTest::addRow("detach") << "DETACH x" << int(Kind::Forbidden) << "DETACH";
        QTest::addRow("begin") << "BEGIN TRANSACTION" << int(Kind::TransactionControl) << "BEGIN";
        QTest::addRow("commit") << "COMMIT" << int(Kind::TransactionControl) << "COMMIT";
        QTest::addRow("end") << "END TRANSACTION" << int(Kind::TransactionControl) << "END";
        QTest::addRow("rollback") << "ROLLBACK" << int(Kind::Forbidden) << "ROLLBACK";
        QTest::addRow("rollback to savepoint") << "ROLLBACK TO sp" << int(Kind::Normal) << "ROLLBACK";
        QTest::addRow("savepoint") << "SAVEPOINT sp" << int(Kind::Normal) << "SAVEPOINT";
    }
    void classifies()
    {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        QFETCH(QString, keyword);
        const QList<ScriptStatement> s = ScriptSplitter::split(sql);
        QCOMPARE(s.size(), 1);
        QCOMPARE(int(s.constFirst().kind), kind);
        QCOMPARE(s.constFirst().keyword, keyword);
        QCOMPARE(s.constFirst().reason.isEmpty(), kind == int(Kind::Normal));
    }

    void plansSegments_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("shape"); // T = transactional segment, N = outside
        QTest::addColumn<bool>("snapshot");
        QTest::addColumn<int>("notes");
        QTest::addRow("plain") << "CREATE TABLE a (x); INSERT INTO a VALUES (1);"
                               << "T" << false << 0;
        QTest::addRow("12-step with pragmas")
            << "PRAGMA foreign_keys=OFF;\nBEGIN;\nCREATE TABLE b (x);\nCOMMIT;\nPRAGMA foreign_keys=ON;"
            << "NTN" << false << 4;
        QTest::addRow("pragma in the middle") << "CREATE TABLE a (x);\nPRAGMA foreign_keys=OFF;\nDROP TABLE a;"
                                              << "TNT" << true << 1;
        QTest::addRow("vacuum at the end") << "CREATE TABLE a (x);\nVACUUM;"
                                           << "TN" << true << 1;
        QTest::addRow("empty") << "-- nothing"
                               << "" << false << 0;
    }
    void plansSegments()
    {
        QFETCH(QString, sql);
        QFETCH(QString, shape);
        QFETCH(bool, snapshot);
        QFETCH(int, notes);
        auto plan = ScriptRunner::plan(sql, QStringLiteral("V1__x.sql"));
        QVERIFY(plan);
        QString got;
        for (const ScriptSegment& s : plan->segments)
            got += s.transactional ? QLatin1Char('T') : QLatin1Char('N');
        QCOMPARE(got, shape);
        QCOMPARE(plan->needsSnapshot, snapshot);
        QCOMPARE(plan->notes.size(), notes);
    }

    void notesAndErrorsHavePositions()
    {
        const QString sql
            = QStringLiteral("-- é\nCREATE TABLE a (x);\n  PRAGMA foreign_keys = OFF;\n𝄞; ATTACH 'x.db' AS x;");
        auto plan = ScriptRunner::plan(sql, QStringLiteral("V1__x.sql"), QStringLiteral("/m/V1__x.sql"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().toString(),
            QStringLiteral("/m/V1__x.sql:4:4: ATTACH is not allowed in a migration: "
                           "ATTACH could reach a database outside the working copy"));
        auto ok = ScriptRunner::plan(sql.left(sql.indexOf(QStringLiteral("𝄞"))), QStringLiteral("V1__x.sql"));
        QVERIFY(ok);
        QCOMPARE(ok->notes.size(), 1);
        QCOMPARE(ok->notes.constFirst().toString(),
            QStringLiteral("V1__x.sql:3:3: PRAGMA FOREIGN_KEYS runs outside the transaction: SQLite ignores PRAGMA "
                           "foreign_keys inside a transaction"));
    }

    void maskKeepsPositions()
    {
        const QString sql = QStringLiteral("SELECT '𝄞'; CREATE TABLE a (x);\nSELECT 2;");
        auto plan = ScriptRunner::plan(sql, QStringLiteral("V1__x.sql"));
        QVERIFY(plan);
        ScriptSegment second { true, { 1 } };
        const QString masked = ScriptRunner::maskedText(*plan, second);
        QCOMPARE(masked,
            QString(12, QLatin1Char(' ')) + QStringLiteral("CREATE TABLE a (x);\n") + QString(9, QLatin1Char(' ')));
        QCOMPARE(ScriptRunner::positionOf(sql, sql.indexOf(QStringLiteral("CREATE"))),
            ScriptRunner::positionOf(masked, masked.indexOf(QStringLiteral("CREATE"))));
    }
};

QTEST_GUILESS_MAIN(TestScriptSplitter)
#include "tst_scriptsplitter.moc"
