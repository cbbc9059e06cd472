// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "schema/ddlgenerator.h"
#include "schema/mermaidschemareader.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;

namespace {

QString cardinalityName(Cardinality c)
{
    switch (c) {
    case Cardinality::ZeroOrOne:
        return u"0..1"_s;
    case Cardinality::ExactlyOne:
        return u"1"_s;
    case Cardinality::ZeroOrMore:
        return u"0..n"_s;
    case Cardinality::OneOrMore:
        return u"1..n"_s;
    case Cardinality::MdParent:
        return u"u"_s;
    }
    return {};
}

// A readable account of everything a Mermaid diagram can carry without godwit lines.
QStringList summary(const Schema& schema)
{
    QStringList out;
    for (const Table& t : schema.tables) {
        out.append(u"table "_s + t.name);
        for (const Column& c : t.columns) {
            QString line = u"  "_s + c.name + u' ' + (c.declaredType.isEmpty() ? u"(none)"_s : c.declaredType) + u' '
                + affinityName(c.affinity);
            if (c.notNull)
                line += u" NOT NULL"_s;
            if (c.isPrimaryKey())
                line += u" PK%1"_s.arg(c.primaryKeyPosition);
            out.append(line);
        }
        for (const ForeignKey& fk : t.foreignKeys) {
            out.append(u"  fk%1 (%2) -> %3(%4)"_s.arg(fk.id).arg(
                fk.columns.join(u", "_s), fk.parentTable, fk.parentColumns.join(u", "_s)));
        }
        for (const UniqueConstraint& u : t.uniques)
            out.append(u"  unique (%1)"_s.arg(u.columns.join(u", "_s)));
        for (const Index& i : t.indexes) {
            QStringList parts;
            for (const IndexPart& p : i.parts)
                parts.append(p.column);
            out.append(u"  index %1 (%2)"_s.arg(i.name, parts.join(u", "_s)));
        }
    }
    for (const Relationship& r : schema.relationships) {
        out.append(u"rel %1 %2%3%4 %5 : %6"_s.arg(r.leftTable, cardinalityName(r.leftCardinality),
            r.identifying ? u"--"_s : u".."_s, cardinalityName(r.rightCardinality), r.rightTable, r.label));
    }
    return out;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void compareSchemas(const Schema& actual, const Schema& expected)
{
    QCOMPARE(summary(actual), summary(expected));
    QCOMPARE(actual.tables.size(), expected.tables.size());
    for (qsizetype i = 0; i < expected.tables.size(); ++i) {
        const Table& a = actual.tables[i];
        const Table& e = expected.tables[i];
        QCOMPARE(a.columns.size(), e.columns.size());
        for (qsizetype c = 0; c < e.columns.size(); ++c)
            QVERIFY2(a.columns[c] == e.columns[c], qPrintable(e.name + u'.' + e.columns[c].name));
        QVERIFY2(a.indexes == e.indexes, qPrintable(e.name));
        QVERIFY2(a.foreignKeys == e.foreignKeys, qPrintable(e.name));
        QVERIFY2(a.checks == e.checks, qPrintable(e.name));
        QVERIFY2(a.uniques == e.uniques, qPrintable(e.name));
        QCOMPARE(a.sql, e.sql);
        QVERIFY2(a == e, qPrintable(e.name));
    }
    QVERIFY(actual.views == expected.views);
    QVERIFY(actual.triggers == expected.triggers);
    QVERIFY(actual.relationships.isEmpty());
    QVERIFY(actual == expected);
}

} // namespace

class TestMermaidSchemaReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The example's diagram (orders.mmd) is its target: exactly the schema its migrations V1–V4 make.
    void seedDiagram()
    {
        auto schema = MermaidSchemaReader::readFile(godwit::test::sampleDir() + u"/orders.mmd"_s);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(schema->source, godwit::test::sampleDir() + u"/orders.mmd"_s);
        QString script;
        for (const QString& name :
            QDir(godwit::test::sampleDir()).entryList({ u"V*.sql"_s }, QDir::Files, QDir::Name)) {
            QFile f(QDir(godwit::test::sampleDir()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            script += QString::fromUtf8(f.readAll()) + u'\n';
        }
        auto db = godwit::sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->executeScript(script, u"V1-V4"_s));
        auto migrated = SchemaReader::read(*db);
        QVERIFY(migrated);
        QCOMPARE(summary(*schema), summary(*migrated));
        migrated->source.clear();
        schema->source.clear();
        compareSchemas(*schema, *migrated);
    }

    void types_data()
    {
        QTest::addColumn<QString>("mermaid");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<Affinity>("affinity");
        QTest::addRow("int") << u"int"_s << u"INTEGER"_s << Affinity::Integer;
        QTest::addRow("bigint") << u"BigInt"_s << u"INTEGER"_s << Affinity::Integer;
        QTest::addRow("boolean") << u"boolean"_s << u"INTEGER"_s << Affinity::Integer;
        QTest::addRow("string") << u"string"_s << u"TEXT"_s << Affinity::Text;
        QTest::addRow("varchar(255)") << u"varchar(255)"_s << u"TEXT"_s << Affinity::Text;
        QTest::addRow("uuid") << u"uuid"_s << u"TEXT"_s << Affinity::Text;
        QTest::addRow("timestamp") << u"timestamp"_s << u"TEXT"_s << Affinity::Text;
        QTest::addRow("decimal(10,2)") << u"decimal(10,2)"_s << u"NUMERIC"_s << Affinity::Numeric;
        QTest::addRow("money") << u"money"_s << u"NUMERIC"_s << Affinity::Numeric;
        QTest::addRow("double") << u"double"_s << u"REAL"_s << Affinity::Real;
        QTest::addRow("bytes") << u"bytes"_s << u"BLOB"_s << Affinity::Blob;
        QTest::addRow("array") << u"string[]"_s << u"TEXT"_s << Affinity::Text;
        QTest::addRow("any: no type") << u"any"_s << QString() << Affinity::Blob;
        QTest::addRow("unknown keeps its name") << u"geometry"_s << u"geometry"_s << Affinity::Numeric;
        QTest::addRow("unknown with INT inside") << u"point"_s << u"point"_s << Affinity::Integer;
        QTest::addRow("unknown with SQLite's rules") << u"NVARCHAR_40"_s << u"NVARCHAR_40"_s << Affinity::Text;
        QTest::addRow("generic") << u"List~int~"_s << u"List~int~"_s << Affinity::Integer;
    }
    void types()
    {
        QFETCH(QString, mermaid);
        QFETCH(QString, declared);
        QFETCH(Affinity, affinity);
        QCOMPARE(MermaidSchemaReader::declaredType(mermaid), declared);
        auto schema = MermaidSchemaReader::read(u"erDiagram\n  T {\n    %1 x\n  }\n"_s.arg(mermaid));
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(schema->tables.front().columns.front().declaredType, declared);
        QCOMPARE(schema->tables.front().columns.front().affinity, affinity);
    }

    void mapping_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("parent name + id")
            << u"CUSTOMER ||--o{ PURCHASE : places\nCUSTOMER { int id PK }\nPURCHASE { int id PK\n int customer_id FK }"_s
            << QStringList { u"table CUSTOMER"_s, u"  id INTEGER INTEGER PK1"_s, u"table PURCHASE"_s,
                   u"  id INTEGER INTEGER PK1"_s, u"  customer_id INTEGER INTEGER NOT NULL"_s,
                   u"  fk0 (customer_id) -> CUSTOMER(id)"_s };
        QTest::addRow("plural parent, zero-or-one is nullable")
            << u"categories |o--o{ products : groups\ncategories { int id PK }\nproducts { string code PK\n int categoryId FK }"_s
            << QStringList { u"table categories"_s, u"  id INTEGER INTEGER PK1"_s, u"table products"_s,
                   u"  code TEXT TEXT NOT NULL PK1"_s, u"  categoryId INTEGER INTEGER"_s,
                   u"  fk0 (categoryId) -> categories(id)"_s, u"  index sqlite_autoindex_products_1 (code)"_s };
        QTest::addRow("label names the column")
            << u"users ||--o{ posts : editor_id\nusers ||--o{ posts : author_id\nusers { int user_id PK }\n"
               "posts { int id PK\n int author_id FK\n int editor_id FK }"_s
            << QStringList { u"table posts"_s, u"  id INTEGER INTEGER PK1"_s, u"  author_id INTEGER INTEGER NOT NULL"_s,
                   u"  editor_id INTEGER INTEGER NOT NULL"_s, u"  fk1 (editor_id) -> users(user_id)"_s,
                   u"  fk0 (author_id) -> users(user_id)"_s, u"table users"_s, u"  user_id INTEGER INTEGER PK1"_s };
        QTest::addRow("the only FK attribute")
            << u"TEAM ||--o{ PLAYER : has\nTEAM { int id PK }\nPLAYER { int squad FK }"_s
            << QStringList { u"table PLAYER"_s, u"  squad INTEGER INTEGER NOT NULL"_s, u"  fk0 (squad) -> TEAM(id)"_s,
                   u"table TEAM"_s, u"  id INTEGER INTEGER PK1"_s };
        QTest::addRow("ambiguous FK attributes stay a relationship")
            << u"TEAM ||--o{ PLAYER : has\nTEAM { int id PK }\nPLAYER { int a FK\n int b FK }"_s
            << QStringList { u"table PLAYER"_s, u"  a INTEGER INTEGER"_s, u"  b INTEGER INTEGER"_s, u"table TEAM"_s,
                   u"  id INTEGER INTEGER PK1"_s, u"rel TEAM 1--0..n PLAYER : has"_s };
        QTest::addRow("many-to-many stays a relationship")
            << u"PERSON }|..|{ CAR : drives\nPERSON { int id PK }\nCAR { int id PK\n int person_id FK }"_s
            << QStringList { u"table CAR"_s, u"  id INTEGER INTEGER PK1"_s, u"  person_id INTEGER INTEGER"_s,
                   u"table PERSON"_s, u"  id INTEGER INTEGER PK1"_s, u"rel PERSON 1..n..1..n CAR : drives"_s };
        QTest::addRow("one-to-one: the side with the FK attribute")
            << u"PERSON ||--|| PASSPORT : holds\nPERSON { int person_id PK }\nPASSPORT { int id PK\n int person_id FK, UK }"_s
            << QStringList { u"table PASSPORT"_s, u"  id INTEGER INTEGER PK1"_s,
                   u"  person_id INTEGER INTEGER NOT NULL"_s, u"  fk0 (person_id) -> PERSON(person_id)"_s,
                   u"  unique (person_id)"_s, u"  index sqlite_autoindex_PASSPORT_1 (person_id)"_s, u"table PERSON"_s,
                   u"  person_id INTEGER INTEGER PK1"_s };
        QTest::addRow("composite parent key")
            << u"ORDER_ITEM ||--o{ SHIPMENT : ships\nORDER_ITEM { int order_id PK\n int line PK }\n"
               "SHIPMENT { int id PK\n int line FK\n int order_id FK }"_s
            << QStringList { u"table ORDER_ITEM"_s, u"  order_id INTEGER INTEGER NOT NULL PK1"_s,
                   u"  line INTEGER INTEGER NOT NULL PK2"_s,
                   u"  index sqlite_autoindex_ORDER_ITEM_1 (order_id, line)"_s, u"table SHIPMENT"_s,
                   u"  id INTEGER INTEGER PK1"_s, u"  line INTEGER INTEGER NOT NULL"_s,
                   u"  order_id INTEGER INTEGER NOT NULL"_s,
                   u"  fk0 (order_id, line) -> ORDER_ITEM(order_id, line)"_s };
        QTest::addRow("parent without a key stays a relationship")
            << u"A ||--o{ B : x\nA { string name }\nB { int a_id FK }"_s
            << QStringList { u"table A"_s, u"  name TEXT TEXT"_s, u"table B"_s, u"  a_id INTEGER INTEGER"_s,
                   u"rel A 1--0..n B : x"_s };
        QTest::addRow("entities only in relationships")
            << u"CUSTOMER ||--o{ ORDER : places"_s
            << QStringList { u"table CUSTOMER"_s, u"table ORDER"_s, u"rel CUSTOMER 1--0..n ORDER : places"_s };
        QTest::addRow("alias is the table name")
            << u"c[\"Customer Account\"] { int id PK }\no[Order] { int id PK\n int c_id FK }\nc ||--o{ o : has"_s
            << QStringList { u"table Customer Account"_s, u"  id INTEGER INTEGER PK1"_s, u"table Order"_s,
                   u"  id INTEGER INTEGER PK1"_s, u"  c_id INTEGER INTEGER NOT NULL"_s,
                   u"  fk0 (c_id) -> Customer Account(id)"_s };
        QTest::addRow("keys: star, UK, composite, nullable mark")
            << u"T {\n int *id\n string code UK\n string? note\n int n PK\n}"_s
            << QStringList { u"table T"_s, u"  id INTEGER INTEGER NOT NULL PK1"_s, u"  code TEXT TEXT"_s,
                   u"  note TEXT TEXT"_s, u"  n INTEGER INTEGER NOT NULL PK2"_s, u"  unique (code)"_s,
                   u"  index sqlite_autoindex_T_1 (id, n)"_s, u"  index sqlite_autoindex_T_2 (code)"_s };
        QTest::addRow("nullable mark wins over ||")
            << u"A ||--o{ B : x\nA { int id PK }\nB { int? a_id FK }"_s
            << QStringList { u"table A"_s, u"  id INTEGER INTEGER PK1"_s, u"table B"_s, u"  a_id INTEGER INTEGER"_s,
                   u"  fk0 (a_id) -> A(id)"_s };
        QTest::addRow("self reference")
            << u"EMPLOYEE |o--o{ EMPLOYEE : manages\nEMPLOYEE { int employee_id PK\n int manager_id FK }"_s
            << QStringList { u"table EMPLOYEE"_s, u"  employee_id INTEGER INTEGER PK1"_s,
                   u"  manager_id INTEGER INTEGER"_s, u"  fk0 (manager_id) -> EMPLOYEE(employee_id)"_s };
        QTest::addRow("u marker stays a relationship")
            << u"A u--o{ B : x\nA { int id PK }\nB { int a_id FK }"_s
            << QStringList { u"table A"_s, u"  id INTEGER INTEGER PK1"_s, u"table B"_s, u"  a_id INTEGER INTEGER"_s,
                   u"rel A u--0..n B : x"_s };
        QTest::addRow("a relationship said twice is one key")
            << u"A ||--o{ B : x\nA ||--o{ B : y\nA { int id PK }\nB { int a_id FK }"_s
            << QStringList { u"table A"_s, u"  id INTEGER INTEGER PK1"_s, u"table B"_s,
                   u"  a_id INTEGER INTEGER NOT NULL"_s, u"  fk0 (a_id) -> A(id)"_s };
    }
    void mapping()
    {
        QFETCH(QString, diagram);
        QFETCH(QStringList, expected);
        auto schema = MermaidSchemaReader::read(u"erDiagram\n"_s + diagram, u"m.mmd"_s);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(summary(*schema), expected);
    }

    // A diagram without godwit lines means what its CREATE TABLE statements would mean to SQLite.
    void sameAsSqlite()
    {
        const QString diagram = u"erDiagram\n  CUSTOMER ||--o{ PURCHASE : places\n  PURCHASE ||--|{ LINE : contains\n"
                                "  PRODUCT |o--o{ LINE : in\n"
                                "  CUSTOMER {\n    int id PK\n    string email UK\n    string name\n  }\n"
                                "  PURCHASE {\n    bigint id PK\n    int customer_id FK\n    timestamp placed_at\n  }\n"
                                "  LINE {\n    int purchase_id PK, FK\n    int line PK\n    string product_code FK\n"
                                "    decimal price\n  }\n  PRODUCT {\n    string code PK\n    bool active\n  }\n"_s;
        auto schema = MermaidSchemaReader::read(diagram);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        QCOMPARE(schema->tables.size(), 4);
        QVERIFY(schema->relationships.isEmpty());

        auto db = godwit::sqlite::Database::openMemory();
        QVERIFY(db);
        QString ddl;
        for (const Table& t : schema->tables)
            ddl += DdlGenerator::createTable(t) + u";\n"_s;
        QVERIFY2(db->executeScript(ddl, u"generated.sql"_s), qPrintable(ddl));
        auto fromSqlite = SchemaReader::read(*db);
        QVERIFY(fromSqlite);
        for (Table& t : fromSqlite->tables)
            t.sql.clear();
        fromSqlite->source.clear();
        schema->source.clear();
        compareSchemas(*schema, *fromSqlite);
    }

    void schemaReaderDispatch()
    {
        const QString path = godwit::test::sampleDir() + u"/orders.mmd"_s;
        auto viaSchemaReader = SchemaReader::readFile(path);
        QVERIFY2(viaSchemaReader, godwit::test::why(viaSchemaReader).constData());
        auto direct = MermaidSchemaReader::readFile(path);
        QVERIFY(direct);
        QVERIFY(*viaSchemaReader == *direct);
        auto missing = SchemaReader::readFile(godwit::test::scratchDir() + u"/missing.md"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, godwit::Error::Code::FileNotFound);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("duplicate column") << u"erDiagram\n  A {\n    int id\n    string ID\n  }\n"_s
                                          << u"e.mmd:4:5: duplicate column 'ID' in table A"_s;
        QTest::addRow("two entities, one table")
            << u"erDiagram\n  Order\n  ORDER\n"_s << u"e.mmd:3:3: entities Order and ORDER are both table 'ORDER'"_s;
        QTest::addRow("alias clash") << u"erDiagram\n  a[T]\n  b[T]\n"_s
                                     << u"e.mmd:3:3: entities a and b are both table 'T'"_s;
        QTest::addRow("godwit: flag with a value") << u"erDiagram\n  %% godwit: table t strict=yes\n"_s
                                                   << u"e.mmd:2:22: godwit line: 'strict' takes no value"_s;
        QTest::addRow("godwit: value missing")
            << u"erDiagram\n  %% godwit: table t sql\n"_s << u"e.mmd:2:22: godwit line: 'sql' needs a value"_s;
        QTest::addRow("godwit: unterminated string")
            << u"erDiagram\n  %% godwit: table \"t\n"_s << u"e.mmd:2:20: godwit line: unterminated string"_s;
        QTest::addRow("godwit: column of an unknown table")
            << u"erDiagram\n  %% godwit: column t.c type=INT\n"_s
            << u"e.mmd:2:21: godwit line: column line for table t, which has no table line before it"_s;
        QTest::addRow("godwit: newer version")
            << u"erDiagram\n%% godwit: schema version=2\n"_s
            << u"e.mmd:2:19: godwit line: format version 2 is newer than this Godwit reads (1)"_s;
        QTest::addRow("godwit: bad pk") << u"erDiagram\n  %% godwit: table t\n  %% godwit: column t.c pk=first\n"_s
                                        << u"e.mmd:3:21: godwit line: pk must be a position from 1"_s;
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto schema = MermaidSchemaReader::read(text, u"e.mmd"_s);
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, godwit::Error::Code::Parse);
        QCOMPARE(schema.error().toString(), expected);
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected"); // table names, or the error
        QTest::addRow("first erDiagram block")
            << u"# Schema\n\n```sql\nCREATE TABLE x (a);\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n"
               "~~~ mermaid\nerDiagram\n  CUSTOMER ||--o{ ORDER : places\n~~~\n\n```mermaid\nerDiagram\n  LATER\n```\n"_s
            << u"CUSTOMER ORDER"_s;
        QTest::addRow("error position in the Markdown file")
            << u"Intro\n\n```mermaid\n%% comment\nerDiagram\n  A {\n    string\n  }\n```\n"_s
            << u"doc.md:8:3: expected an attribute name after type 'string', found '}'"_s;
        QTest::addRow("CRLF line endings")
            << u"Intro\r\n```mermaid\r\nerDiagram\r\n  A {\r\n    int\r\n  }\r\n```\r\n"_s
            << u"doc.md:6:3: expected an attribute name after type 'int', found '}'"_s;
        QTest::addRow("unclosed fence runs to the end") << u"```mermaid\nerDiagram\n  A\n  B"_s << u"A B"_s;
        QTest::addRow("a longer fence hides a mermaid block")
            << u"````markdown\n```mermaid\nerDiagram\n  HIDDEN\n```\n````\n```Mermaid\nerDiagram\n  SHOWN\n```\n"_s
            << u"SHOWN"_s;
        QTest::addRow("no erDiagram block") << u"```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n"_s
                                            << u"doc.md: no ```mermaid block with an erDiagram in this Markdown file"_s;
    }
    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString dir = godwit::test::scratchDir();
        const QString path = dir + u"/doc.md"_s;
        QVERIFY(writeFile(path, markdown.toUtf8()));
        auto schema = MermaidSchemaReader::readFile(path);
        if (!schema) {
            QCOMPARE(schema.error().toString().replace(dir + u'/', QString()), expected);
            return;
        }
        QStringList names;
        for (const Table& t : schema->tables)
            names.append(t.name);
        QCOMPARE(names.join(u' '), expected);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // empty: do not create
        QTest::addColumn<godwit::Error::Code>("code");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << u"missing.mmd"_s << QByteArray() << godwit::Error::Code::FileNotFound
                                 << u"missing.mmd: no such file"_s;
        QTest::addRow("directory") << u"dir.mmd"_s << QByteArray() << godwit::Error::Code::IsDirectory
                                   << u"dir.mmd: is a directory, not a Mermaid diagram"_s;
        QTest::addRow("invalid UTF-8") << u"bad.mmd"_s << QByteArray("erDiagram\n  A\xff\n")
                                       << godwit::Error::Code::Parse << u"bad.mmd:2:4: file is not valid UTF-8"_s;
        QTest::addRow("byte-order mark is fine, errors still placed")
            << u"bom.mermaid"_s
            << QByteArray("\xEF\xBB\xBF"
                          "erDiagram\n  A |x--o{ B : y\n")
            << godwit::Error::Code::Parse << u"bom.mermaid:2:5: unknown cardinality '|x'"_s;
    }
    void fileErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(godwit::Error::Code, code);
        QFETCH(QString, expected);
        const QString dir = godwit::test::scratchDir();
        const QString path = dir + u'/' + name;
        if (name.startsWith(u"dir"_s))
            QVERIFY(QDir().mkpath(path));
        else if (!content.isEmpty())
            QVERIFY(writeFile(path, content));
        auto schema = MermaidSchemaReader::readFile(path);
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, code);
        QCOMPARE(schema.error().toString().replace(dir + u'/', QString()), expected);
    }

    void handles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("expected");
        QTest::addRow("mmd") << u"a/b.mmd"_s << true;
        QTest::addRow("mermaid") << u"b.MERMAID"_s << true;
        QTest::addRow("md") << u"README.md"_s << true;
        QTest::addRow("markdown") << u"x.markdown"_s << true;
        QTest::addRow("sql") << u"x.sql"_s << false;
        QTest::addRow("db") << u"x.db"_s << false;
    }
    void handles()
    {
        QFETCH(QString, path);
        QFETCH(bool, expected);
        QCOMPARE(MermaidSchemaReader::handles(path), expected);
    }
};

QTEST_GUILESS_MAIN(TestMermaidSchemaReader)
#include "tst_mermaidschemareader.moc"
