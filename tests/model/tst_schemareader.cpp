// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/identifier.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::Dataset;

namespace {

// One line per fact, so a failing comparison names exactly what differs.
QString describe(const Column& c)
{
    QStringList p { QStringLiteral("col"), c.name };
    if (!c.declaredType.isEmpty())
        p << c.declaredType;
    p << affinityName(c.affinity).toLower();
    if (c.notNull)
        p << QStringLiteral("NOT NULL");
    if (c.hasDefault)
        p << QStringLiteral("DEFAULT ") + c.defaultValue;
    if (c.isPrimaryKey())
        p << QStringLiteral("PK%1").arg(c.primaryKeyPosition);
    if (c.autoIncrement)
        p << QStringLiteral("AUTOINCREMENT");
    if (!c.collation.isEmpty())
        p << QStringLiteral("COLLATE ") + c.collation;
    if (c.generated != Generated::No)
        p << (c.generated == Generated::Stored ? QStringLiteral("STORED(") : QStringLiteral("VIRTUAL("))
                + c.generatedExpression + QLatin1Char(')');
    if (c.hidden)
        p << QStringLiteral("HIDDEN");
    return p.join(QLatin1Char(' '));
}

QString describe(const ForeignKey& fk)
{
    QStringList parent;
    for (const QString& c : fk.parentColumns)
        parent << (c.isEmpty() ? QStringLiteral("<pk>") : c);
    QString s = QStringLiteral("fk (%1) -> %2(%3) ON DELETE %4 ON UPDATE %5")
                    .arg(fk.columns.join(QLatin1String(", ")), fk.parentTable, parent.join(QLatin1String(", ")),
                        foreignKeyActionSql(fk.onDelete), foreignKeyActionSql(fk.onUpdate));
    if (fk.deferrable)
        s += QStringLiteral(" DEFERRABLE");
    if (fk.initiallyDeferred)
        s += QStringLiteral(" INITIALLY DEFERRED");
    return s;
}

QString describe(const Index& i)
{
    QStringList parts;
    for (const IndexPart& p : i.parts) {
        QString s = p.isExpression() ? QStringLiteral("expr:") + p.expression : p.column;
        if (!p.collation.isEmpty())
            s += QStringLiteral(" COLLATE ") + p.collation;
        if (p.descending)
            s += QStringLiteral(" DESC");
        parts << s;
    }
    QString s = QStringLiteral("index ") + i.name;
    if (i.unique)
        s += QStringLiteral(" UNIQUE");
    if (i.origin == IndexOrigin::PrimaryKey)
        s += QStringLiteral(" pk");
    else if (i.origin == IndexOrigin::Unique)
        s += QStringLiteral(" u");
    s += QStringLiteral(" (") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
    if (i.isPartial())
        s += QStringLiteral(" WHERE ") + i.where;
    return s;
}

QStringList describe(const Table& t)
{
    QString head = QStringLiteral("table ") + t.name;
    if (t.strict)
        head += QStringLiteral(" STRICT");
    if (t.withoutRowid)
        head += QStringLiteral(" WITHOUT ROWID");
    if (t.isVirtual)
        head += QStringLiteral(" VIRTUAL");
    QStringList out { head };
    for (const Column& c : t.columns)
        out << describe(c);
    for (const ForeignKey& fk : t.foreignKeys)
        out << describe(fk);
    for (const Index& i : t.indexes)
        out << describe(i);
    for (const CheckConstraint& c : t.checks) {
        QString s = QStringLiteral("check ");
        if (!c.name.isEmpty())
            s += QStringLiteral("CONSTRAINT ") + c.name + QLatin1Char(' ');
        if (!c.column.isEmpty())
            s += c.column + QStringLiteral(": ");
        out << s + c.expression;
    }
    for (const UniqueConstraint& u : t.uniques)
        out << QStringLiteral("unique %1(%2)")
                   .arg(u.name.isEmpty() ? QString() : u.name + QLatin1Char(' '), u.columns.join(QLatin1String(", ")));
    return out;
}

QString db(Dataset d) { return QStringLiteral("db:") + test::datasetName(d); }

// "db:<dataset>" or "db:orders-v1" reads a built database; anything else is a SQL script.
Result<Schema> load(const QString& source)
{
    static QHash<QString, Result<Schema>> cache;
    if (auto it = cache.find(source); it != cache.end())
        return *it;
    Result<Schema> schema;
    if (source == QLatin1String("db:orders-v1"))
        schema = SchemaReader::readFile(test::ordersV1Database());
    else if (source.startsWith(QLatin1String("db:"))) {
        for (Dataset d : { Dataset::Chinook, Dataset::Northwind, Dataset::Sakila }) {
            if (source == db(d))
                schema = SchemaReader::readFile(test::datasetDatabase(d));
        }
    } else
        schema = SchemaReader::readScript(source, QStringLiteral("test.sql"));
    cache.insert(source, schema);
    return schema;
}

QStringList names(const auto& list)
{
    QStringList out;
    for (const auto& item : list)
        out << item.name;
    return out;
}

} // namespace

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
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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

    void tables_data();
    void tables()
    {
        QFETCH(QString, source);
        QFETCH(QString, table);
        QFETCH(QStringList, expected);
        auto schema = load(source);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Table* t = schema->table(table);
        QVERIFY2(t, qPrintable(QStringLiteral("no table %1 in %2").arg(table, names(schema->tables).join(u','))));
        QCOMPARE(describe(*t), expected);
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
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
            auto w = sqlite::Database::openWritable(path, true);
            QVERIFY(w);
            // Only writable_schema can produce this: a database made where a module existed.
            QVERIFY(w->exec(QStringLiteral("CREATE TABLE t(a); PRAGMA writable_schema = ON;"
                                           "INSERT INTO sqlite_schema VALUES ('table', 'vx', 'vx', 0, 'CREATE VIRTUAL "
                                           "TABLE vx USING nosuchmodule(a, b)');"
                                           "PRAGMA writable_schema = OFF;")));
        }
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Exact;
        auto schema = SchemaReader::readFile(path, options);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
                                .arg(sqlite::quoteIdentifier(t.columns[0].name), sqlite::quoteIdentifier(t.name)));
        QVERIFY(v);
        QCOMPARE(v->toString(), QStringLiteral("x"));
    }

    void readInsideCallersTransaction()
    {
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("BEGIN; CREATE TABLE t(a);")));
        auto schema = SchemaReader::read(*db);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
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

void TestSchemaReader::tables_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");
    const QString noAction = QStringLiteral("ON DELETE NO ACTION ON UPDATE NO ACTION");
    QTest::addRow("chinook Track")
        << db(Dataset::Chinook) << u"Track"_qs
        << QStringList { u"table Track"_qs, u"col TrackId INTEGER integer NOT NULL PK1"_qs,
               u"col Name NVARCHAR(200) text NOT NULL"_qs, u"col AlbumId INTEGER integer"_qs,
               u"col MediaTypeId INTEGER integer NOT NULL"_qs, u"col GenreId INTEGER integer"_qs,
               u"col Composer NVARCHAR(220) text"_qs, u"col Milliseconds INTEGER integer NOT NULL"_qs,
               u"col Bytes INTEGER integer"_qs, u"col UnitPrice NUMERIC(10,2) numeric NOT NULL"_qs,
               u"fk (AlbumId) -> Album(AlbumId) "_qs + noAction, u"fk (GenreId) -> Genre(GenreId) "_qs + noAction,
               u"fk (MediaTypeId) -> MediaType(MediaTypeId) "_qs + noAction, u"index IFK_TrackAlbumId (AlbumId)"_qs,
               u"index IFK_TrackGenreId (GenreId)"_qs, u"index IFK_TrackMediaTypeId (MediaTypeId)"_qs };
    QTest::addRow("chinook InvoiceLine")
        << db(Dataset::Chinook) << u"InvoiceLine"_qs
        << QStringList { u"table InvoiceLine"_qs, u"col InvoiceLineId INTEGER integer NOT NULL PK1"_qs,
               u"col InvoiceId INTEGER integer NOT NULL"_qs, u"col TrackId INTEGER integer NOT NULL"_qs,
               u"col UnitPrice NUMERIC(10,2) numeric NOT NULL"_qs, u"col Quantity INTEGER integer NOT NULL"_qs,
               u"fk (InvoiceId) -> Invoice(InvoiceId) "_qs + noAction, u"fk (TrackId) -> Track(TrackId) "_qs + noAction,
               u"index IFK_InvoiceLineInvoiceId (InvoiceId)"_qs, u"index IFK_InvoiceLineTrackId (TrackId)"_qs };
    QTest::addRow("chinook PlaylistTrack composite PK")
        << db(Dataset::Chinook) << u"PlaylistTrack"_qs
        << QStringList { u"table PlaylistTrack"_qs, u"col PlaylistId INTEGER integer NOT NULL PK1"_qs,
               u"col TrackId INTEGER integer NOT NULL PK2"_qs,
               u"fk (PlaylistId) -> Playlist(PlaylistId) "_qs + noAction,
               u"fk (TrackId) -> Track(TrackId) "_qs + noAction, u"index IFK_PlaylistTrackPlaylistId (PlaylistId)"_qs,
               u"index IFK_PlaylistTrackTrackId (TrackId)"_qs,
               u"index sqlite_autoindex_PlaylistTrack_1 UNIQUE pk (PlaylistId, TrackId)"_qs };
    QTest::addRow("northwind Order Details")
        << db(Dataset::Northwind) << u"Order Details"_qs
        << QStringList { u"table Order Details"_qs, u"col OrderID INTEGER integer NOT NULL PK1"_qs,
               u"col ProductID INTEGER integer NOT NULL PK2"_qs, u"col UnitPrice NUMERIC numeric NOT NULL DEFAULT 0"_qs,
               u"col Quantity INTEGER integer NOT NULL DEFAULT 1"_qs, u"col Discount REAL real NOT NULL DEFAULT 0"_qs,
               u"fk (OrderID) -> Orders(OrderID) "_qs + noAction,
               u"fk (ProductID) -> Products(ProductID) "_qs + noAction,
               u"index sqlite_autoindex_Order Details_1 UNIQUE pk (OrderID, ProductID)"_qs,
               u"check [Discount]>=(0) AND [Discount]<=(1)"_qs, u"check [Quantity]>(0)"_qs,
               u"check [UnitPrice]>=(0)"_qs };
    // SQLite 3.37+ upper-cases the standard type names: Sakila's "int" reads back as INT.
    QTest::addRow("sakila payment FK actions")
        << db(Dataset::Sakila) << u"payment"_qs
        << QStringList { u"table payment"_qs, u"col payment_id INT integer NOT NULL PK1"_qs,
               u"col customer_id INT integer NOT NULL"_qs, u"col staff_id SMALLINT integer NOT NULL"_qs,
               u"col rental_id INT integer DEFAULT NULL"_qs, u"col amount DECIMAL(5,2) numeric NOT NULL"_qs,
               u"col payment_date TIMESTAMP numeric NOT NULL"_qs, u"col last_update TIMESTAMP numeric NOT NULL"_qs,
               u"fk (rental_id) -> rental(rental_id) ON DELETE SET NULL ON UPDATE CASCADE"_qs,
               u"fk (customer_id) -> customer(customer_id) "_qs + noAction,
               u"fk (staff_id) -> staff(staff_id) "_qs + noAction, u"index idx_fk_customer_id (customer_id)"_qs,
               u"index idx_fk_staff_id (staff_id)"_qs, u"index sqlite_autoindex_payment_1 UNIQUE pk (payment_id)"_qs };
    QTest::addRow("sakila city")
        << db(Dataset::Sakila) << u"city"_qs
        << QStringList { u"table city"_qs, u"col city_id INT integer NOT NULL PK1"_qs,
               u"col city VARCHAR(50) text NOT NULL"_qs, u"col country_id SMALLINT integer NOT NULL"_qs,
               u"col last_update TIMESTAMP numeric NOT NULL"_qs,
               u"fk (country_id) -> country(country_id) ON DELETE NO ACTION ON UPDATE CASCADE"_qs,
               u"index idx_fk_country_id (country_id)"_qs, u"index sqlite_autoindex_city_1 UNIQUE pk (city_id)"_qs };
    QTest::addRow("orders V1 orders")
        << u"db:orders-v1"_qs << u"orders"_qs
        << QStringList { u"table orders"_qs, u"col order_id INTEGER integer PK1"_qs,
               u"col customer_id INTEGER integer NOT NULL"_qs, u"col status TEXT text NOT NULL DEFAULT 'pending'"_qs,
               u"col total_amount NUMERIC numeric NOT NULL DEFAULT 0"_qs, u"col created_at TEXT text NOT NULL"_qs,
               u"col estimated_delivery TEXT text"_qs,
               u"index orders_customer_created (customer_id, created_at DESC)"_qs,
               u"check status: status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')"_qs };
    QTest::addRow("orders V1 order_items")
        << u"db:orders-v1"_qs << u"order_items"_qs
        << QStringList { u"table order_items"_qs, u"col order_id INTEGER integer NOT NULL PK1"_qs,
               u"col item_id INTEGER integer NOT NULL PK2"_qs, u"col quantity INTEGER integer NOT NULL"_qs,
               u"col price NUMERIC numeric NOT NULL"_qs,
               u"fk (order_id) -> orders(order_id) ON DELETE CASCADE ON UPDATE NO ACTION"_qs,
               u"index sqlite_autoindex_order_items_1 UNIQUE pk (order_id, item_id)"_qs,
               u"check quantity: quantity > 0"_qs };
    QTest::addRow("orders V1 payments")
        << u"db:orders-v1"_qs << u"payments"_qs
        << QStringList { u"table payments"_qs, u"col payment_id INTEGER integer PK1"_qs,
               u"col order_id INTEGER integer NOT NULL"_qs, u"col status TEXT text NOT NULL DEFAULT 'authorized'"_qs,
               u"col provider_ref TEXT text NOT NULL"_qs, u"col created_at TEXT text NOT NULL"_qs,
               u"fk (order_id) -> orders(order_id) "_qs + noAction, u"index payments_order (order_id)"_qs,
               u"index payments_provider_ref UNIQUE (provider_ref)"_qs,
               u"check status: status IN ('authorized', 'captured', 'refunded', 'failed')"_qs };

    QTest::addRow("STRICT and WITHOUT ROWID")
        << u"CREATE TABLE kv(k TEXT PRIMARY KEY, v ANY, n INT NOT NULL) STRICT, WITHOUT ROWID;"_qs << u"kv"_qs
        << QStringList { u"table kv STRICT WITHOUT ROWID"_qs, u"col k TEXT text NOT NULL PK1"_qs, u"col v ANY blob"_qs,
               u"col n INT integer NOT NULL"_qs, u"index sqlite_autoindex_kv_1 UNIQUE pk (k)"_qs };
    QTest::addRow("generated columns")
        << u"CREATE TABLE g(a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c AS (lower( 'X' || a )) STORED,\n"
           "  d TEXT AS (a + 1));"_qs
        << u"g"_qs
        << QStringList { u"table g"_qs, u"col a INT integer"_qs, u"col b INT integer VIRTUAL(a * 2)"_qs,
               u"col c blob STORED(lower( 'X' || a ))"_qs, u"col d TEXT text VIRTUAL(a + 1)"_qs };
    QTest::addRow("partial, expression, DESC and collated index parts")
        << u"CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE, email TEXT, deleted INT);\n"
           "CREATE INDEX p_live ON p(email DESC) WHERE deleted IS NULL AND email <> '';\n"
           "CREATE INDEX p_expr ON p(lower(email), (id + 1) COLLATE RTRIM DESC, email || 'x' COLLATE NOCASE);\n"
           "CREATE UNIQUE INDEX p_name ON p(name, email COLLATE NOCASE, name COLLATE BINARY);"_qs
        << u"p"_qs
        << QStringList { u"table p"_qs, u"col id INTEGER integer PK1"_qs, u"col name TEXT text COLLATE NOCASE"_qs,
               u"col email TEXT text"_qs, u"col deleted INT integer"_qs,
               u"index p_expr (expr:lower(email), expr:(id + 1) COLLATE RTRIM DESC, expr:email || 'x' COLLATE NOCASE)"_qs,
               u"index p_live (email DESC) WHERE deleted IS NULL AND email <> ''"_qs,
               u"index p_name UNIQUE (name, email COLLATE NOCASE, name COLLATE BINARY)"_qs };
    QTest::addRow("composite and deferrable foreign keys")
        << u"CREATE TABLE parent(a, b, c UNIQUE, PRIMARY KEY (a, b));\n"
           "CREATE TABLE child(x, y, z REFERENCES parent(c) DEFERRABLE INITIALLY DEFERRED, w REFERENCES parent,\n"
           "  CONSTRAINT fk_xy FOREIGN KEY (x, y) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET DEFAULT,\n"
           "  FOREIGN KEY (y) REFERENCES parent(c) DEFERRABLE,\n"
           "  FOREIGN KEY (x) REFERENCES parent(c) MATCH FULL ON DELETE RESTRICT NOT DEFERRABLE INITIALLY DEFERRED);"_qs
        << u"child"_qs
        << QStringList { u"table child"_qs, u"col x blob"_qs, u"col y blob"_qs, u"col z blob"_qs, u"col w blob"_qs,
               u"fk (z) -> parent(c) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED"_qs,
               u"fk (w) -> parent(<pk>) "_qs + noAction,
               u"fk (x, y) -> parent(a, b) ON DELETE CASCADE ON UPDATE SET DEFAULT"_qs,
               u"fk (y) -> parent(c) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE"_qs,
               u"fk (x) -> parent(c) ON DELETE RESTRICT ON UPDATE NO ACTION"_qs };
    QTest::addRow("quoted and unicode names")
        << u"CREATE TABLE \"we\"\"ird täble\" (\"spalte ü\" TEXT COLLATE \"NOCASE\" UNIQUE, [a b] INT CHECK ([a b] > "
           u"0),\n"
           "  `c``d` INT REFERENCES \"we\"\"ird täble\"(\"spalte ü\"));\n"
           "CREATE INDEX \"ix ü\" ON \"we\"\"ird täble\"(\"spalte ü\", [a b] DESC);"_qs
        << u"we\"ird täble"_qs
        << QStringList { u"table we\"ird täble"_qs, u"col spalte ü TEXT text COLLATE NOCASE"_qs,
               u"col a b INT integer"_qs, u"col c`d INT integer"_qs,
               u"fk (c`d) -> we\"ird täble(spalte ü) "_qs + noAction, u"index ix ü (spalte ü, a b DESC)"_qs,
               u"index sqlite_autoindex_we\"ird täble_1 UNIQUE u (spalte ü)"_qs, u"check a b: [a b] > 0"_qs,
               u"unique (spalte ü)"_qs };
    QTest::addRow("named CHECK and UNIQUE constraints")
        << u"CREATE TABLE c(a INT CONSTRAINT a_positive CHECK (a > 0) CONSTRAINT a_unique UNIQUE, b TEXT,\n"
           "  CONSTRAINT ab CHECK (a < length(b)) CHECK (b <> '(' ), CONSTRAINT b_u UNIQUE (b COLLATE NOCASE, a),\n"
           "  UNIQUE (a, b));"_qs
        << u"c"_qs
        << QStringList { u"table c"_qs, u"col a INT integer"_qs, u"col b TEXT text"_qs,
               u"index sqlite_autoindex_c_1 UNIQUE u (a)"_qs,
               u"index sqlite_autoindex_c_2 UNIQUE u (b COLLATE NOCASE, a)"_qs,
               u"index sqlite_autoindex_c_3 UNIQUE u (a, b)"_qs, u"check CONSTRAINT a_positive a: a > 0"_qs,
               u"check CONSTRAINT ab a < length(b)"_qs, u"check b <> '('"_qs, u"unique a_unique (a)"_qs,
               u"unique b_u (b, a)"_qs, u"unique (a, b)"_qs };
    QTest::addRow("AUTOINCREMENT in the column")
        << u"CREATE TABLE a1(id INTEGER PRIMARY KEY ASC ON CONFLICT REPLACE AUTOINCREMENT, x);"_qs << u"a1"_qs
        << QStringList { u"table a1"_qs, u"col id INTEGER integer PK1 AUTOINCREMENT"_qs, u"col x blob"_qs };
    QTest::addRow("AUTOINCREMENT in the table PRIMARY KEY")
        << u"CREATE TABLE a2(id INTEGER, x, PRIMARY KEY (id AUTOINCREMENT));"_qs << u"a2"_qs
        << QStringList { u"table a2"_qs, u"col id INTEGER integer PK1 AUTOINCREMENT"_qs, u"col x blob"_qs };
    // Literals have no affinity, so CREATE TABLE AS gives their columns no declared type (lang_createtable.html).
    QTest::addRow("CREATE TABLE AS SELECT")
        << u"CREATE TABLE s AS SELECT 1 AS \"x y\", 'a' || 'b';"_qs << u"s"_qs
        << QStringList { u"table s"_qs, u"col x y blob"_qs, u"col 'a' || 'b' blob"_qs };
    // SQLite edits the stored CREATE TABLE text for ALTER TABLE; the parser reads the edited text.
    QTest::addRow("after ALTER TABLE")
        << u"CREATE TABLE al(a TEXT CONSTRAINT \"c\"\"k\" CHECK (a <> ''));\n"
           "ALTER TABLE al ADD COLUMN z INT REFERENCES al DEFERRABLE INITIALLY DEFERRED;\n"
           "ALTER TABLE al RENAME COLUMN z TO zz;"_qs
        << u"al"_qs
        << QStringList { u"table al"_qs, u"col a TEXT text"_qs, u"col zz INT integer"_qs,
               u"fk (zz) -> al(<pk>) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED"_qs,
               u"check CONSTRAINT c\"k a: a <> ''"_qs };
    QTest::addRow("keywords as names") << u"CREATE TABLE [select]([from] [where], \"group\" `order`, key TEXT);\n"
                                          "CREATE INDEX [index] ON [select]([from], (\"group\") COLLATE NOCASE);"_qs
                                       << u"select"_qs
                                       << QStringList { u"table select"_qs, u"col from where numeric"_qs,
                                              u"col group order numeric"_qs, u"col key TEXT text"_qs,
                                              u"index index (from, group COLLATE NOCASE)"_qs };
    QTest::addRow("defaults")
        << u"CREATE TABLE d(a TEXT DEFAULT '', b INT DEFAULT -1, c DEFAULT (1 + 2), d DEFAULT CURRENT_TIMESTAMP,\n"
           "  e DEFAULT NULL, f TEXT NOT NULL);"_qs
        << u"d"_qs
        << QStringList { u"table d"_qs, u"col a TEXT text DEFAULT ''"_qs, u"col b INT integer DEFAULT -1"_qs,
               u"col c blob DEFAULT 1 + 2"_qs, u"col d blob DEFAULT CURRENT_TIMESTAMP"_qs,
               u"col e blob DEFAULT NULL"_qs, u"col f TEXT text NOT NULL"_qs };
}

QTEST_GUILESS_MAIN(TestSchemaReader)
#include "tst_schemareader.moc"
