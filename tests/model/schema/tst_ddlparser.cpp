// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "schema/ddlparser.h"
#include "schema/sqltokenizer.h"
#include "sqlite/database.h"

#include <QFile>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;

namespace {

QStringList describe(const DdlParser::TableDefinition& t)
{
    QString head = QStringLiteral("table ") + t.name;
    if (t.isVirtual)
        head += QStringLiteral(" USING ") + t.module;
    if (t.strict)
        head += QStringLiteral(" STRICT");
    if (t.withoutRowid)
        head += QStringLiteral(" WITHOUT ROWID");
    QStringList out { head };
    for (const auto& c : t.columns) {
        QString s = QStringLiteral("col ") + c.name;
        if (!c.collation.isEmpty())
            s += QStringLiteral(" COLLATE ") + c.collation;
        if (c.autoIncrement)
            s += QStringLiteral(" AUTOINCREMENT");
        if (c.generated != Generated::No)
            s += (c.generated == Generated::Stored ? QStringLiteral(" STORED(") : QStringLiteral(" VIRTUAL("))
                + c.generatedExpression + QLatin1Char(')');
        out << s;
    }
    for (const auto& c : t.checks)
        out << QStringLiteral("check %1|%2|%3").arg(c.name, c.column, c.expression);
    for (const auto& u : t.uniques)
        out << QStringLiteral("unique %1|%2").arg(u.name, u.columns.join(u','));
    for (const auto& fk : t.foreignKeys) {
        out << QStringLiteral("fk %1|%2 -> %3(%4)%5%6")
                   .arg(fk.name, fk.columns.join(u','), fk.parentTable, fk.parentColumns.join(u','),
                       fk.deferrable ? QStringLiteral(" DEFERRABLE") : QString(),
                       fk.initiallyDeferred ? QStringLiteral(" INITIALLY DEFERRED") : QString());
    }
    return out;
}

QStringList describe(const DdlParser::IndexDefinition& i)
{
    QStringList out { QStringLiteral("index %1 ON %2%3").arg(i.name, i.table, i.unique ? u" UNIQUE"_qs : QString()) };
    for (const auto& t : i.terms) {
        out << QStringLiteral("term [%1] column=%2 collate=%3 bare=[%4]%5")
                   .arg(t.text, t.column, t.collation, t.textWithoutCollation, t.descending ? u" DESC"_qs : QString());
    }
    if (!i.where.isEmpty())
        out << QStringLiteral("where ") + i.where;
    return out;
}

} // namespace

class TestDdlParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("plain") << u"CREATE TABLE t(a, b INT)"_qs
                               << QStringList { u"table t"_qs, u"col a"_qs, u"col b"_qs };
        QTest::addRow("temp, if not exists, schema")
            << u"create temp table if not exists temp.\"T 1\" (a)"_qs << QStringList { u"table T 1"_qs, u"col a"_qs };
        QTest::addRow("types with parentheses and words")
            << u"CREATE TABLE t(a DECIMAL(5, 2) NOT NULL, b UNSIGNED BIG INT, c BLOB SUB_TYPE TEXT DEFAULT NULL)"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"col b"_qs, u"col c"_qs };
        QTest::addRow("types glued to brackets")
            << u"CREATE TABLE [Order Details]([OrderID]INTEGER NOT NULL,[Price]NUMERIC DEFAULT 0)"_qs
            << QStringList { u"table Order Details"_qs, u"col OrderID"_qs, u"col Price"_qs };
        QTest::addRow("collate and autoincrement")
            << u"CREATE TABLE t(id INTEGER PRIMARY KEY ASC ON CONFLICT FAIL AUTOINCREMENT, n TEXT COLLATE \"nocase\")"_qs
            << QStringList { u"table t"_qs, u"col id AUTOINCREMENT"_qs, u"col n COLLATE nocase"_qs };
        QTest::addRow("table-level autoincrement")
            << u"CREATE TABLE t(id INTEGER, PRIMARY KEY(id ASC AUTOINCREMENT))"_qs
            << QStringList { u"table t"_qs, u"col id AUTOINCREMENT"_qs };
        QTest::addRow("generated")
            << u"CREATE TABLE t(a, b GENERATED ALWAYS AS ( a * (2 + 1) ) STORED, c AS (a || ')') VIRTUAL, d INT AS (1))"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"col b STORED(a * (2 + 1))"_qs, u"col c VIRTUAL(a || ')')"_qs,
                   u"col d VIRTUAL(1)"_qs };
        QTest::addRow("checks with names and comments")
            << u"CREATE TABLE t(a CONSTRAINT pos CHECK(a > 0 /* positive */) CHECK (a < 9),\n"
               "  CONSTRAINT [two words] CHECK ( a <> ',' ) ON CONFLICT ABORT CHECK(1))"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"check pos|a|a > 0 /* positive */"_qs, u"check |a|a < 9"_qs,
                   u"check two words||a <> ','"_qs, u"check ||1"_qs };
        QTest::addRow("unique constraints")
            << u"CREATE TABLE t(a UNIQUE ON CONFLICT IGNORE, b CONSTRAINT bu UNIQUE, c,\n"
               "  UNIQUE (b COLLATE nocase DESC, c), CONSTRAINT abc UNIQUE(a, b, c))"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"col b"_qs, u"col c"_qs, u"unique |a"_qs, u"unique bu|b"_qs,
                   u"unique |b,c"_qs, u"unique abc|a,b,c"_qs };
        QTest::addRow("foreign keys")
            << u"CREATE TABLE t(a REFERENCES p ON DELETE SET NULL NOT NULL, b CONSTRAINT fb REFERENCES p(x)\n"
               "  MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED, c, d,\n"
               "  FOREIGN KEY (c, d) REFERENCES \"q r\" (x, y) ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE\n"
               "  CONSTRAINT fcd FOREIGN KEY (d) REFERENCES p NOT DEFERRABLE INITIALLY DEFERRED)"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"col b"_qs, u"col c"_qs, u"col d"_qs, u"fk |a -> p()"_qs,
                   u"fk fb|b -> p(x) DEFERRABLE INITIALLY DEFERRED"_qs, u"fk |c,d -> q r(x,y) DEFERRABLE"_qs,
                   u"fk fcd|d -> p()"_qs };
        QTest::addRow("keywords as column names")
            << u"CREATE TABLE t(key TEXT, action INT, replace, \"check\" INT, [unique], `primary`)"_qs
            << QStringList { u"table t"_qs, u"col key"_qs, u"col action"_qs, u"col replace"_qs, u"col check"_qs,
                   u"col unique"_qs, u"col primary"_qs };
        QTest::addRow("options") << u"CREATE TABLE t(a INT PRIMARY KEY) STRICT, WITHOUT ROWID;"_qs
                                 << QStringList { u"table t STRICT WITHOUT ROWID"_qs, u"col a"_qs };
        QTest::addRow("virtual") << u"CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(body, tokenize = 'porter')"_qs
                                 << QStringList { u"table docs USING fts5"_qs };
        QTest::addRow("defaults of all kinds")
            << u"CREATE TABLE t(a DEFAULT -1, b DEFAULT +2.5, c DEFAULT (date('now')), d DEFAULT 'x,y',\n"
               "  e DEFAULT CURRENT_TIMESTAMP NOT NULL, f DEFAULT x'00', g DEFAULT TRUE COLLATE binary)"_qs
            << QStringList { u"table t"_qs, u"col a"_qs, u"col b"_qs, u"col c"_qs, u"col d"_qs, u"col e"_qs,
                   u"col f"_qs, u"col g COLLATE binary"_qs };
    }
    void createTable()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        auto def = DdlParser::parseCreateTable(sql);
        QVERIFY2(def, godwit::test::why(def).constData());
        QCOMPARE(describe(*def), expected);
        // Every case is valid SQLite: the parser must not accept what SQLite rejects, nor the reverse.
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY2(db->exec(sql), qPrintable(sql));
    }

    void createIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("columns") << u"CREATE INDEX i ON t(a, \"b c\" DESC)"_qs
                                 << QStringList { u"index i ON t"_qs, u"term [a] column=a collate= bare=[a]"_qs,
                                        u"term [\"b c\"] column=b c collate= bare=[\"b c\"] DESC"_qs };
        QTest::addRow("unique, if not exists, schema")
            << u"create unique index if not exists main.[i x] on [t y] (a asc)"_qs
            << QStringList { u"index i x ON t y UNIQUE"_qs, u"term [a] column=a collate= bare=[a]"_qs };
        QTest::addRow("collated column") << u"CREATE INDEX i ON t(a COLLATE NOCASE DESC)"_qs
                                         << QStringList { u"index i ON t"_qs,
                                                u"term [a COLLATE NOCASE] column=a collate=NOCASE bare=[a] DESC"_qs };
        QTest::addRow("expressions")
            << u"CREATE INDEX i ON t(lower(a), a + b COLLATE rtrim, (a, b), json_extract(c, '$.x') DESC)"_qs
            << QStringList { u"index i ON t"_qs, u"term [lower(a)] column= collate= bare=[lower(a)]"_qs,
                   u"term [a + b COLLATE rtrim] column= collate=rtrim bare=[a + b]"_qs,
                   u"term [(a, b)] column= collate= bare=[(a, b)]"_qs,
                   u"term [json_extract(c, '$.x')] column= collate= bare=[json_extract(c, '$.x')] DESC"_qs };
        QTest::addRow("partial") << u"CREATE INDEX i ON t(a) WHERE a IS NOT NULL AND b IN (1, 2) -- live rows\n;"_qs
                                 << QStringList { u"index i ON t"_qs, u"term [a] column=a collate= bare=[a]"_qs,
                                        u"where a IS NOT NULL AND b IN (1, 2)"_qs };
    }
    void createIndex()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        auto def = DdlParser::parseCreateIndex(sql);
        QVERIFY2(def, godwit::test::why(def).constData());
        QCOMPARE(describe(*def), expected);
    }

    void createTrigger_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("table");
        QTest::addColumn<TriggerTiming>("timing");
        QTest::addColumn<TriggerEvent>("event");
        QTest::addColumn<QStringList>("updateOf");
        QTest::addRow("default timing") << u"CREATE TRIGGER tr INSERT ON t BEGIN SELECT 1; END"_qs << u"tr"_qs
                                        << u"t"_qs << TriggerTiming::Before << TriggerEvent::Insert << QStringList {};
        QTest::addRow("temp, if not exists, after delete")
            << u"create temp trigger if not exists main.\"t r\" after delete on [my t] for each row begin select 1; end"_qs
            << u"t r"_qs << u"my t"_qs << TriggerTiming::After << TriggerEvent::Delete << QStringList {};
        QTest::addRow("update of columns")
            << u"CREATE TRIGGER tr BEFORE UPDATE OF a, \"b c\" ON t WHEN new.a <> old.a BEGIN SELECT 1; END"_qs
            << u"tr"_qs << u"t"_qs << TriggerTiming::Before << TriggerEvent::Update
            << QStringList { u"a"_qs, u"b c"_qs };
        QTest::addRow("instead of") << u"CREATE TRIGGER tr INSTEAD OF UPDATE ON v BEGIN UPDATE t SET a = new.a; END"_qs
                                    << u"tr"_qs << u"v"_qs << TriggerTiming::InsteadOf << TriggerEvent::Update
                                    << QStringList {};
    }
    void createTrigger()
    {
        QFETCH(QString, sql);
        QFETCH(QString, name);
        QFETCH(QString, table);
        QFETCH(TriggerTiming, timing);
        QFETCH(TriggerEvent, event);
        QFETCH(QStringList, updateOf);
        auto def = DdlParser::parseCreateTrigger(sql);
        QVERIFY2(def, godwit::test::why(def).constData());
        QCOMPARE(def->name, name);
        QCOMPARE(def->table, table);
        QCOMPARE(def->timing, timing);
        QCOMPARE(def->event, event);
        QCOMPARE(def->updateOf, updateOf);
    }

    void errors_data()
    {
        QTest::addColumn<int>("kind"); // 0 table, 1 index, 2 trigger
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::addRow("not a table") << 0 << u"CREATE VIEW v AS SELECT 1"_qs << u"1:8: expected TABLE near \"VIEW\""_qs;
        QTest::addRow("empty") << 0 << QString() << u"1:1: expected CREATE at end of statement"_qs;
        QTest::addRow("unbalanced") << 0 << u"CREATE TABLE t(a CHECK (a > (0)"_qs
                                    << u"1:32: unbalanced parentheses at end of statement"_qs;
        QTest::addRow("missing close") << 0 << u"CREATE TABLE t(a INT"_qs
                                       << u"1:21: expected ',' or ')' at end of statement"_qs;
        QTest::addRow("bad column constraint")
            << 0 << u"CREATE TABLE t(\n  a INT NOT 5)"_qs << u"2:13: expected NULL near \"5\""_qs;
        QTest::addRow("position after non-ASCII")
            << 0 << u"CREATE TABLE tä(ö PRIMARY 1)"_qs << u"1:27: expected KEY near \"1\""_qs;
        QTest::addRow("index without terms")
            << 1 << u"CREATE INDEX i ON t()"_qs << u"1:21: expected an index term near \")\""_qs;
        QTest::addRow("trigger without event") << 2 << u"CREATE TRIGGER tr AFTER ON t BEGIN END"_qs
                                               << u"1:25: expected INSERT, UPDATE or DELETE near \"ON\""_qs;
    }
    void errors()
    {
        QFETCH(int, kind);
        QFETCH(QString, sql);
        QFETCH(QString, message);
        Error error;
        if (kind == 0)
            error = DdlParser::parseCreateTable(sql).error();
        else if (kind == 1)
            error = DdlParser::parseCreateIndex(sql).error();
        else
            error = DdlParser::parseCreateTrigger(sql).error();
        QCOMPARE(error.code, Error::Code::Parse);
        QCOMPARE(QStringLiteral("%1:%2: %3").arg(error.line).arg(error.column).arg(error.message), message);
        QCOMPARE(error.sql, sql);
    }

    // Every prefix of every statement in the real datasets: the parser answers, never crashes or hangs.
    void truncatedInput()
    {
        QStringList statements;
        for (auto d : { test::Dataset::Chinook, test::Dataset::Northwind, test::Dataset::Sakila }) {
            QFile f(test::datasetSqlPath(d));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString sql = QString::fromUtf8(f.readAll());
            qsizetype start = 0;
            for (const SqlToken& t : SqlTokenizer::tokenize(sql)) {
                if (t.isPunct(QLatin1Char(';'))) {
                    const QString statement = sql.mid(start, t.offset - start).trimmed();
                    if (statement.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive))
                        statements << statement;
                    start = t.offset + 1;
                }
            }
        }
        QVERIFY(statements.size() > 50);
        qsizetype parsed = 0;
        for (const QString& statement : std::as_const(statements)) {
            const auto tokens = SqlTokenizer::tokenize(statement);
            for (const SqlToken& t : tokens) {
                const QStringView prefix = QStringView(statement).left(t.offset + t.length);
                const auto table = DdlParser::parseCreateTable(prefix);
                const auto index = DdlParser::parseCreateIndex(prefix);
                const auto trigger = DdlParser::parseCreateTrigger(prefix);
                parsed += (table ? 1 : 0) + (index ? 1 : 0) + (trigger ? 1 : 0);
                for (const Error& e : { table ? Error {} : table.error(), index ? Error {} : index.error() }) {
                    if (e.code != Error::Code::Ok)
                        QVERIFY(e.line > 0 && e.column > 0);
                }
            }
        }
        QVERIFY(parsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestDdlParser)
#include "tst_ddlparser.moc"
