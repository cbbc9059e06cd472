// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "flywayapply.h"
#include "resultmessage.h"
#include "schema/identifier.h"
#include "schema/schemareader.h"
#include "schemadescription.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::Dataset;
using godwit::test::db;
using godwit::test::describe;
using godwit::test::load;
using godwit::test::names;

class TestSchemaReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void datasets_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("views");
        QTest::addColumn<int>("triggers");
        QTest::addColumn<int>("createIndexes");
        QTest::addColumn<int>("allIndexes"); // including sqlite_autoindex_* for PRIMARY KEY / UNIQUE
        QTest::addColumn<int>("foreignKeys");
        QTest::addColumn<int>("checks");
        // Counted with the sqlite3 CLI on the built databases. Northwind's README says 14 tables:
        // the 14th is sqlite_sequence (from AUTOINCREMENT), which is SQLite's, not the schema's.
        QTest::addRow("chinook") << db(Dataset::Chinook) << 11 << 0 << 0 << 11 << 12 << 11 << 0;
        QTest::addRow("northwind") << db(Dataset::Northwind) << 13 << 16 << 0 << 0 << 6 << 13 << 7;
        // Sakila's "40 indexes" are 24 CREATE INDEX plus 16 PRIMARY KEY autoindexes.
        QTest::addRow("sakila") << db(Dataset::Sakila) << 16 << 5 << 30 << 24 << 40 << 22 << 2;
        QTest::addRow("orders V1") << QStringLiteral("db:orders-v1") << 3 << 0 << 0 << 3 << 4 << 2 << 3;
    }
    void datasets()
    {
        QFETCH(QString, source);
        auto schema = load(source);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QFETCH(int, tables);
        QCOMPARE(schema->tables.size(), tables);
        QFETCH(int, views);
        QCOMPARE(schema->views.size(), views);
        QFETCH(int, triggers);
        QCOMPARE(schema->triggers.size(), triggers);
        QFETCH(int, createIndexes);
        QCOMPARE(schema->indexCount(), createIndexes);
        qsizetype all = 0;
        qsizetype fks = 0;
        qsizetype checkCount = 0;
        for (const Table& t : schema->tables) {
            all += t.indexes.size();
            fks += t.foreignKeys.size();
            checkCount += t.checks.size();
            QVERIFY(!t.sql.isEmpty());
            QVERIFY(!t.columns.isEmpty());
            for (const Index& i : t.indexes) {
                QCOMPARE(i.table, t.name);
                QCOMPARE(i.sql.isEmpty(), i.origin != IndexOrigin::CreateIndex);
            }
        }
        QFETCH(int, allIndexes);
        QCOMPARE(all, allIndexes);
        QFETCH(int, foreignKeys);
        QCOMPARE(fks, foreignKeys);
        QFETCH(int, checks);
        QCOMPARE(checkCount, checks);
        QVERIFY(schema->source.endsWith(QLatin1String(".db")));
        // Sorted by name, case-insensitively.
        for (qsizetype i = 1; i < schema->tables.size(); ++i)
            QVERIFY(schema->tables[i - 1].name.compare(schema->tables[i].name, Qt::CaseInsensitive) < 0);
    }

    void views_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QStringList>("columns");
        QTest::addRow("northwind name with spaces") << db(Dataset::Northwind) << QStringLiteral("Order Subtotals")
                                                    << QStringList { u"OrderID"_qs, u"Subtotal"_qs };
        QTest::addRow("sakila") << db(Dataset::Sakila) << QStringLiteral("customer_list")
                                << QStringList { u"ID"_qs, u"name"_qs, u"address"_qs, u"zip_code"_qs, u"phone"_qs,
                                       u"city"_qs, u"country"_qs, u"notes"_qs, u"SID"_qs };
        const QString broken = QStringLiteral("CREATE TABLE t(a);\nCREATE TABLE u(x);\n"
                                              "CREATE VIEW ok AS SELECT x, x + 1 AS y FROM u;\n"
                                              "CREATE VIEW broken AS SELECT * FROM t;\nDROP TABLE t;");
        QTest::addRow("beside a broken view") << broken << QStringLiteral("ok") << QStringList { u"x"_qs, u"y"_qs };
        QTest::addRow("broken view keeps no columns") << broken << QStringLiteral("broken") << QStringList {};
    }
    void views()
    {
        QFETCH(QString, source);
        QFETCH(QString, view);
        auto schema = load(source);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        const View* v = schema->view(view);
        QVERIFY(v);
        QFETCH(QStringList, columns);
        QCOMPARE(v->columns, columns);
        QVERIFY(v->sql.startsWith(QLatin1String("CREATE VIEW"), Qt::CaseInsensitive));
    }

    void triggers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("table");
        QTest::addColumn<TriggerTiming>("timing");
        QTest::addColumn<TriggerEvent>("event");
        QTest::addColumn<QStringList>("updateOf");
        const QString script = QStringLiteral(
            "CREATE TABLE t(a, b, c);\nCREATE VIEW v AS SELECT a, b FROM t;\n"
            "CREATE TRIGGER t_default INSERT ON t BEGIN SELECT 1; END;\n"
            "CREATE TRIGGER t_before BEFORE DELETE ON t BEGIN SELECT 1; END;\n"
            "CREATE TRIGGER t_after AFTER UPDATE OF b, \"c\" ON t FOR EACH ROW WHEN new.b > 0 BEGIN SELECT 1; END;\n"
            "CREATE TRIGGER \"v instead\" INSTEAD OF INSERT ON v BEGIN INSERT INTO t(a, b) VALUES (new.a, new.b); "
            "END;\n");
        QTest::addRow("default timing is BEFORE")
            << script << u"t_default"_qs << u"t"_qs << TriggerTiming::Before << TriggerEvent::Insert << QStringList {};
        QTest::addRow("before delete") << script << u"t_before"_qs << u"t"_qs << TriggerTiming::Before
                                       << TriggerEvent::Delete << QStringList {};
        QTest::addRow("after update of") << script << u"t_after"_qs << u"t"_qs << TriggerTiming::After
                                         << TriggerEvent::Update << QStringList { u"b"_qs, u"c"_qs };
        QTest::addRow("instead of on a view") << script << u"v instead"_qs << u"v"_qs << TriggerTiming::InsteadOf
                                              << TriggerEvent::Insert << QStringList {};
        QTest::addRow("sakila") << db(Dataset::Sakila) << u"customer_trigger_au"_qs << u"customer"_qs
                                << TriggerTiming::After << TriggerEvent::Update << QStringList {};
    }
    void triggers()
    {
        QFETCH(QString, source);
        QFETCH(QString, trigger);
        auto schema = load(source);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        auto it = std::ranges::find(schema->triggers, trigger, &Trigger::name);
        QVERIFY(it != schema->triggers.end());
        QFETCH(QString, table);
        QCOMPARE(it->table, table);
        QFETCH(TriggerTiming, timing);
        QCOMPARE(it->timing, timing);
        QFETCH(TriggerEvent, event);
        QCOMPARE(it->event, event);
        QFETCH(QStringList, updateOf);
        QCOMPARE(it->updateOf, updateOf);
        QVERIFY(it->sql.startsWith(QLatin1String("CREATE TRIGGER")));
    }

    void sortsCaseInsensitively()
    {
        auto schema = SchemaReader::readScript(
            QStringLiteral("CREATE TABLE b(x); CREATE TABLE \"A\"(x); CREATE TABLE c(x); CREATE TABLE \"B2\"(x);\n"
                           "CREATE INDEX zi ON c(x); CREATE INDEX \"Yi\" ON c(x); CREATE INDEX xi ON c(x);\n"
                           "CREATE VIEW vb AS SELECT 1; CREATE VIEW \"VA\" AS SELECT 1;\n"
                           "CREATE TRIGGER tb AFTER INSERT ON b BEGIN SELECT 1; END; CREATE TRIGGER \"TA\" AFTER "
                           "INSERT ON b BEGIN SELECT 1; END;"));
        QVERIFY(schema);
        QCOMPARE(names(schema->tables), (QStringList { u"A"_qs, u"b"_qs, u"B2"_qs, u"c"_qs }));
        QCOMPARE(names(schema->table(u"c")->indexes), (QStringList { u"xi"_qs, u"Yi"_qs, u"zi"_qs }));
        QCOMPARE(names(schema->views), (QStringList { u"VA"_qs, u"vb"_qs }));
        QCOMPARE(names(schema->triggers), (QStringList { u"TA"_qs, u"tb"_qs }));
    }

    void skipsInternalAndShadowTables()
    {
        auto schema = SchemaReader::readScript(
            QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY AUTOINCREMENT, x);\n"
                           "CREATE VIRTUAL TABLE docs USING fts5(body, title);\n"
                           "CREATE VIRTUAL TABLE box USING rtree(id, x0, x1);\n"
                           "CREATE TABLE docs_notes(n);\nINSERT INTO a(x) VALUES (1);\nANALYZE;"));
        QVERIFY2(schema, godwit::test::why(schema).constData());
        // docs_notes is the user's own table: only the module's suffixes mark shadow tables.
        QCOMPARE(names(schema->tables), (QStringList { u"a"_qs, u"box"_qs, u"docs"_qs, u"docs_notes"_qs }));
        const Table* docs = schema->table(u"docs");
        QCOMPARE(describe(*docs),
            (QStringList { u"table docs VIRTUAL"_qs, u"col body blob"_qs, u"col title blob"_qs,
                u"col docs blob HIDDEN"_qs, u"col rank blob HIDDEN"_qs }));
        QVERIFY(docs->sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")));
    }

    void virtualTableWithMissingModule()
    {
        const QString path = test::scratchDir() + QStringLiteral("/missing-module.db");
        {
            // Only writable_schema can produce this (a database made where a module existed), and
            // Godwit's guarded connections refuse it: the sqlite3 shell plants it.
            const QString err = test::runSqliteShell(path,
                QStringLiteral("CREATE TABLE t(a); PRAGMA writable_schema = ON;"
                               "INSERT INTO sqlite_schema VALUES ('table', 'vx', 'vx', 0, 'CREATE VIRTUAL "
                               "TABLE vx USING nosuchmodule(a, b)');"
                               "PRAGMA writable_schema = OFF;"));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Exact;
        auto schema = SchemaReader::readFile(path, options);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(names(schema->tables), (QStringList { u"t"_qs, u"vx"_qs }));
        const Table* vx = schema->table(u"vx");
        QVERIFY(vx->isVirtual);
        QVERIFY(vx->columns.isEmpty());
        QVERIFY(!vx->rowCount);
        QCOMPARE(schema->table(u"t")->rowCount, (RowCount { 0, true }));
    }

    void rowCounts_data();
    void rowCounts();

    void namesRoundTrip()
    {
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(
            QStringLiteral("CREATE TABLE \"we\"\"ird täble\" (\"spalte ü\" TEXT, [a b] INT, `c``d` INT, \"x]y\" INT);"
                           "INSERT INTO \"we\"\"ird täble\" VALUES ('x', 1, 2, 3);")));
        auto schema = SchemaReader::read(*db);
        QVERIFY(schema);
        QCOMPARE(schema->tables.size(), 1);
        const Table& t = schema->tables.front();
        QCOMPARE(t.name, QStringLiteral("we\"ird täble"));
        QCOMPARE(names(t.columns), (QStringList { u"spalte ü"_qs, u"a b"_qs, u"c`d"_qs, u"x]y"_qs }));
        // The names read back select the same data when quoted again.
        auto v = db->scalar(QStringLiteral("SELECT %1 FROM %2")
                                .arg(schema::quoteIdentifier(t.columns[0].name), schema::quoteIdentifier(t.name)));
        QVERIFY(v);
        QCOMPARE(v->toString(), QStringLiteral("x"));
    }

    void readInsideCallersTransaction()
    {
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("BEGIN; CREATE TABLE t(a);")));
        auto schema = SchemaReader::read(*db);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(names(schema->tables), QStringList { u"t"_qs });
        QVERIFY(db->isInTransaction()); // the caller's transaction is left alone
        QVERIFY(db->exec(QStringLiteral("COMMIT")));

        auto closed = SchemaReader::read(sqlite::Database {});
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, Error::Code::InvalidArgument);
    }

    void readScriptErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("message");
        QTest::addRow("syntax error on line 3")
            << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);\nCREATE TABLEX c(z);\n")
            << QStringLiteral("orders.sql:3:8: near \"TABLEX\": syntax error");
        QTest::addRow("after non-ASCII text")
            << QStringLiteral("-- größe\nCREATE TABLE a(x INT,\n  y INT NOT NULL DEFAULT,\n  z);")
            << QStringLiteral("orders.sql:3:25: near \",\": syntax error");
        QTest::addRow("runtime error at the statement")
            << QStringLiteral("CREATE TABLE a(x);\n  INSERT INTO missing VALUES (1);")
            << QStringLiteral("orders.sql:2:15: no such table: missing");
    }
    void readScriptErrors()
    {
        QFETCH(QString, script);
        auto schema = SchemaReader::readScript(script, QStringLiteral("orders.sql"));
        QVERIFY(!schema);
        QFETCH(QString, message);
        QCOMPARE(schema.error().toString(), message);
        QCOMPARE(schema.error().file, QStringLiteral("orders.sql"));
    }

    void readFileScript()
    {
        const QString dir = test::scratchDir();
        const QString path = dir + QStringLiteral("/Schema.SQL");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "CREATE TABLE t\xC3\xA4(\"\xC3\xBC\" INTEGER PRIMARY KEY);\nINSERT INTO t\xC3\xA4 VALUES (1), (2);\n");
        f.close();
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Exact;
        auto schema = SchemaReader::readFile(path, options);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(schema->source, path);
        QCOMPARE(names(schema->tables), QStringList { u"tä"_qs });
        QCOMPARE(schema->tables.front().columns.front().name, QStringLiteral("ü"));
        QCOMPARE(schema->tables.front().rowCount, (RowCount { 2, true }));
    }

    void readFileErrors_data()
    {
        QTest::addColumn<QString>("name"); // inside a scratch folder
        QTest::addColumn<QByteArray>("content"); // "<dir>" makes a folder, "<none>" nothing
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing script") << u"none.sql"_qs << QByteArray("<none>") << Error::Code::FileNotFound
                                        << u"none.sql: no such file"_qs;
        QTest::addRow("directory named .sql") << u"dir.sql"_qs << QByteArray("<dir>") << Error::Code::IsDirectory
                                              << u"dir.sql: is a directory, not a SQL script"_qs;
        QTest::addRow("invalid UTF-8") << u"latin1.sql"_qs
                                       << QByteArray("CREATE TABLE t(x);\n-- gr\xF6\xDF"
                                                     "e\n")
                                       << Error::Code::Parse << u"latin1.sql:2:6: file is not valid UTF-8"_qs;
        QTest::addRow("script error") << u"bad.sql"_qs << QByteArray("CREATE TABLE t(x);\nCREATE TABLE t(y);")
                                      << Error::Code::Sql << u"bad.sql:2:14: table t already exists"_qs;
        QTest::addRow("missing database")
            << u"none.db"_qs << QByteArray("<none>") << Error::Code::FileNotFound << u"none.db: no such file"_qs;
        QTest::addRow("not a database") << u"text.db"_qs << QByteArray(200, 'x') << Error::Code::NotADatabase
                                        << QString();
    }
    void readFileErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString dir = test::scratchDir();
        const QString path = dir + QLatin1Char('/') + name;
        if (content == "<dir>") {
            QVERIFY(QDir().mkpath(path));
        } else if (content != "<none>") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto schema = SchemaReader::readFile(path);
        QVERIFY(!schema);
        QFETCH(Error::Code, code);
        QCOMPARE(schema.error().code, code);
        QCOMPARE(schema.error().file, path);
        QFETCH(QString, message);
        if (!message.isEmpty())
            QCOMPARE(schema.error().toString(), dir + QLatin1Char('/') + message);
    }

    void readFileLeavesOriginalUntouched()
    {
        const QString path = test::datasetDatabase(Dataset::Chinook);
        QVERIFY(!path.isEmpty());
        const auto before = test::databaseFingerprint(path);
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Estimate;
        options.exactCountLimit = 1000;
        auto schema = SchemaReader::readFile(path, options);
        QVERIFY(schema);
        QCOMPARE(schema->source, path);
        // Track has 3503 rows and no sqlite_stat1: max(rowid) is the estimate.
        QCOMPARE(schema->table(u"Track")->rowCount, (RowCount { 3503, false }));
        QCOMPARE(schema->table(u"Genre")->rowCount, (RowCount { 25, true }));
        QCOMPARE(test::databaseFingerprint(path), before);
    }
};

void TestSchemaReader::rowCounts_data()
{
    QTest::addColumn<ReadOptions::RowCounts>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("analyze"); // run ANALYZE, then fake big's statistics
    QTest::addColumn<QStringList>("expected");
    using RC = ReadOptions::RowCounts;
    QTest::addRow("none") << RC::None << 100 << false
                          << QStringList { u"big -"_qs, u"hidden -"_qs, u"small -"_qs, u"vt -"_qs, u"wr -"_qs };
    QTest::addRow("exact") << RC::Exact << 100 << false
                           << QStringList { u"big 700 exact"_qs, u"hidden 3 exact"_qs, u"small 5 exact"_qs, u"vt -"_qs,
                                  u"wr 50 exact"_qs };
    // big had 1000 rows and lost 300: max(rowid) still says 1000, which is why it is an estimate.
    QTest::addRow("estimate by max(rowid)") << RC::Estimate << 100 << false
                                            << QStringList { u"big 1000 estimate"_qs, u"hidden 3 exact"_qs,
                                                   u"small 5 exact"_qs, u"vt -"_qs, u"wr 50 exact"_qs };
    QTest::addRow("estimate below the limit counts exactly")
        << RC::Estimate << 5000 << false
        << QStringList { u"big 700 exact"_qs, u"hidden 3 exact"_qs, u"small 5 exact"_qs, u"vt -"_qs,
               u"wr 50 exact"_qs };
    QTest::addRow("estimate from sqlite_stat1") << RC::Estimate << 100 << true
                                                << QStringList { u"big 777 estimate"_qs, u"hidden 3 exact"_qs,
                                                       u"small 5 exact"_qs, u"vt -"_qs, u"wr 50 exact"_qs };
}

void TestSchemaReader::rowCounts()
{
    QFETCH(ReadOptions::RowCounts, mode);
    QFETCH(int, limit);
    QFETCH(bool, analyze);
    auto db = sqlite::Database::openMemory();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE big(x);\n"
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                    "INSERT INTO big SELECT i FROM n;\n"
                                    "DELETE FROM big WHERE x > 200 AND x <= 500;\n"
                                    "CREATE TABLE small(x); INSERT INTO small VALUES (1), (2), (3), (4), (5);\n"
                                    "CREATE TABLE wr(k PRIMARY KEY) WITHOUT ROWID;\n"
                                    "INSERT INTO wr SELECT x FROM big WHERE x <= 50;\n"
                                    "CREATE TABLE hidden(rowid TEXT, _rowid_ TEXT, oid TEXT); INSERT INTO hidden "
                                    "VALUES (9, 9, 9), (8, 8, 8), (7, 7, 7);\n"
                                    "CREATE VIRTUAL TABLE vt USING fts5(body); INSERT INTO vt VALUES ('a');")));
    if (analyze)
        QVERIFY(db->exec(QStringLiteral("ANALYZE; UPDATE sqlite_stat1 SET stat = '777' WHERE tbl = 'big';")));
    ReadOptions options;
    options.rowCounts = mode;
    options.exactCountLimit = limit;
    auto schema = SchemaReader::read(*db, options);
    QVERIFY2(schema, godwit::test::why(schema).constData());
    QStringList actual;
    for (const Table& t : schema->tables) {
        actual << t.name
                + (t.rowCount ? QStringLiteral(" %1 %2")
                                    .arg(t.rowCount->value)
                                    .arg(t.rowCount->exact ? u"exact" : u"estimate")
                              : QStringLiteral(" -"));
    }
    QFETCH(QStringList, expected);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestSchemaReader)
#include "tst_schemareader.moc"
