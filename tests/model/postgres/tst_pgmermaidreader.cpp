// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "pgserver.h"
#include "postgres/connection.h"
#include "resultmessage.h"
#include "schema/mermaidparser.h"
#include "schema/mermaidschemareader.h"
#include "schema/mermaidschemawriter.h"
#include "schema/pgddlwriter.h"
#include "schema/pgmermaidreader.h"
#include "schema/schemareader.h"

#include <QFile>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::PgServer;
using godwit::test::why;

namespace {

QString writeFile(const QString& name, const QString& text)
{
    const QString path = test::scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
        return {};
    return path;
}

QStringList tableNames(const Schema& schema)
{
    QStringList names;
    for (const Table& t : schema.tables)
        names.append(t.name);
    return names;
}

} // namespace

// A Mermaid diagram as the target of a live PostgreSQL database: written as PostgreSQL DDL,
// applied to a scratch database on a throwaway server, read back from its catalogs; every
// refusal of the server reported at the diagram's own line and column.
class TestPgMermaidReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_START_PGSERVER(m_server);
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("objects"),
                     QStringLiteral(GODWIT_TEST_SOURCE_DIR "/model/postgres/objects.sql"), &error),
            qPrintable(error));
    }

    void cleanup() { QCOMPARE(scratchDatabases(), 0); }

    // Types as written in the diagram, checked and normalised by the server; schemas from the
    // qualified entity names; foreign keys from the relationships, across schemas.
    void handWrittenTarget()
    {
        const QString path = writeFile(QStringLiteral("target.mmd"), QStringLiteral(R"(erDiagram
    customer {
        integer id PK
        varchar(120) email UK
        text[] tags
        timestamptz created_at
    }
    "sales.orders" {
        bigint id PK
        integer customer_id FK
        numeric(12,2) total "NOT NULL"
    }
    "billing.invoice" {
        bigint id PK
        bigint order_id FK
    }
    customer ||--o{ "sales.orders" : "customer_id"
    "sales.orders" ||--o{ "billing.invoice" : "order_id"
)"));
        QVERIFY(!path.isEmpty());
        auto schema = PgMermaidReader::read(m_server.uri(QStringLiteral("objects")), path);
        QVERIFY2(schema, why(schema).constData());
        QCOMPARE(schema->dialect, Dialect::PostgreSQL);
        QCOMPARE(schema->source, path);
        QCOMPARE(tableNames(*schema),
            (QStringList {
                QStringLiteral("billing.invoice"), QStringLiteral("customer"), QStringLiteral("sales.orders") }));
        const Table* customer = schema->table(u"customer");
        QCOMPARE(customer->schemaName, QStringLiteral("public"));
        QCOMPARE(customer->column(u"email")->declaredType, QStringLiteral("character varying(120)"));
        QCOMPARE(customer->column(u"tags")->declaredType, QStringLiteral("text[]"));
        QCOMPARE(customer->column(u"created_at")->declaredType, QStringLiteral("timestamp with time zone"));
        QVERIFY(customer->isUniqueColumn(u"email"));
        const Table* invoice = schema->table(u"billing.invoice");
        QCOMPARE(invoice->schemaName, QStringLiteral("billing"));
        QCOMPARE(invoice->foreignKeys.size(), 1);
        QCOMPARE(invoice->foreignKeys.front().parentTable, QStringLiteral("sales.orders"));
        QCOMPARE(invoice->foreignKeys.front().parentColumns, QStringList { QStringLiteral("id") });
        const Table* orders = schema->table(u"sales.orders");
        QCOMPARE(orders->column(u"total")->declaredType, QStringLiteral("numeric(12,2)"));
        QCOMPARE(orders->primaryKey(), QStringList { QStringLiteral("id") });
        QCOMPARE(orders->foreignKeys.front().parentTable, QStringLiteral("customer"));

        // The same through the command-line path: a URI and a .mmd read side by side.
        auto [before, after] = SchemaReader::readFiles(m_server.uri(QStringLiteral("objects")), path);
        QVERIFY2(before && after, (why(before) + why(after)).constData());
        QCOMPARE(*after, *schema);
    }

    // An every-object database written as Mermaid and applied back: tables, namespaces, types,
    // keys, constraints, indexes, enums, domains, sequences and views come out as they went in.
    void roundTripThroughMermaid()
    {
        auto original = SchemaReader::readFile(m_server.uri(QStringLiteral("objects")));
        QVERIFY2(original, why(original).constData());
        const QString path = writeFile(QStringLiteral("objects.mmd"), MermaidSchemaWriter::write(*original));
        auto back = PgMermaidReader::read(m_server.uri(QStringLiteral("objects")), path);
        QVERIFY2(back, why(back).constData());
        QCOMPARE(tableNames(*back), tableNames(*original));
        for (const Table& t : original->tables) {
            const Table* b = back->table(t.name);
            QCOMPARE(b->schemaName, t.schemaName);
            QCOMPARE(b->columns.size(), t.columns.size());
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const Column& want = t.columns[c];
                const Column& got = b->columns[c];
                const QByteArray what = (t.name + QLatin1Char('.') + want.name).toUtf8();
                QVERIFY2(got.name == want.name, what.constData());
                QVERIFY2(got.declaredType == want.declaredType, what.constData());
                QVERIFY2(got.notNull == want.notNull, what.constData());
                QVERIFY2(got.defaultValue == want.defaultValue, what.constData());
                QVERIFY2(got.identity == want.identity, what.constData());
                QVERIFY2(got.generatedExpression == want.generatedExpression, what.constData());
            }
            QCOMPARE(b->foreignKeys, t.foreignKeys);
            QCOMPARE(b->checks, t.checks);
            QCOMPARE(b->uniques, t.uniques);
            QCOMPARE(b->indexes, t.indexes);
        }
        QCOMPARE(back->types, original->types);
        QCOMPARE(back->sequences, original->sequences);
        QCOMPARE(back->views.size(), original->views.size());
        for (const View& v : original->views) {
            QVERIFY2(back->view(v.name), qPrintable(v.name));
            QCOMPARE(back->view(v.name)->materialized, v.materialized);
            QCOMPARE(back->view(v.name)->sql, v.sql);
        }
    }

    // The DDL a diagram becomes, statement by statement, and where each part came from.
    void ddlText()
    {
        const QString text = QStringLiteral("erDiagram\n"
                                            "    customer {\n"
                                            "        integer id PK\n"
                                            "        varchar(120) email UK\n"
                                            "    }\n"
                                            "    \"sales.orders\" {\n"
                                            "        bigint id PK\n"
                                            "        integer customer_id FK\n"
                                            "    }\n"
                                            "    customer ||--o{ \"sales.orders\" : \"customer_id\"\n");
        auto diagram = MermaidParser::parse(text, QStringLiteral("t.mmd"));
        QVERIFY2(diagram, why(diagram).constData());
        auto schema = MermaidSchemaReader::toSchema(*diagram, QStringLiteral("t.mmd"), Dialect::PostgreSQL);
        QVERIFY2(schema, why(schema).constData());
        auto connection = postgres::Connection::open(m_server.uri(QStringLiteral("objects")));
        QVERIFY2(connection, why(connection).constData());
        const QList<PgDdlStatement> ddl
            = PgDdlWriter::write(*schema, PgMermaidReader::sources(*diagram, *schema), *connection);
        QStringList sql;
        for (const PgDdlStatement& s : ddl)
            sql.append(s.sql);
        QCOMPARE(sql,
            (QStringList { QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"sales\""),
                QStringLiteral("CREATE TABLE \"public\".\"customer\" (\n    \"id\" integer NOT NULL,\n"
                               "    \"email\" varchar(120),\n    PRIMARY KEY (\"id\"),\n    UNIQUE (\"email\")\n)"),
                QStringLiteral("CREATE TABLE \"sales\".\"orders\" (\n    \"id\" bigint NOT NULL,\n"
                               "    \"customer_id\" integer NOT NULL,\n    PRIMARY KEY (\"id\")\n)"),
                QStringLiteral("ALTER TABLE \"sales\".\"orders\" ADD FOREIGN KEY (\"customer_id\") REFERENCES "
                               "\"public\".\"customer\" (\"id\")") }));
        // Positions: the entity for CREATE SCHEMA, the attribute for a column, the relationship for a key.
        QCOMPARE(ddl[0].sourceAt(0), (TextPosition { 6, 5 }));
        QCOMPARE(ddl[1].sourceAt(int(ddl[1].sql.indexOf(QLatin1String("varchar"))) + 1), (TextPosition { 4, 9 }));
        QCOMPARE(ddl[1].sourceAt(int(ddl[1].sql.indexOf(QLatin1String("UNIQUE"))) + 1), (TextPosition { 2, 5 }));
        QCOMPARE(ddl[3].sourceAt(5), (TextPosition { 10, 5 }));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QString>("expected"); // the message after the path
        QTest::addRow("unknown type, at its attribute")
            << "erDiagram\n    customer {\n        integer id PK\n        integr email\n    }\n"
            << ":4:9: type \"integr\" does not exist";
        QTest::addRow("foreign key of another type, at its relationship")
            << "erDiagram\n    customer {\n        integer id PK\n    }\n    orders {\n        integer id PK\n"
               "        text customer_id FK\n    }\n    customer ||--o{ orders : \"customer_id\"\n"
            << ":9:5: foreign key constraint \"orders_customer_id_fkey\" cannot be implemented";
        QTest::addRow("bad default, at its column")
            << "erDiagram\n    %% godwit: schema version=1 dialect=postgresql\n"
               "    %% godwit: table t schema=public\n    %% godwit: column t.n type=integer default=\"'x'\"\n"
               "    t {\n        integer n\n    }\n"
            << ":6:9: invalid input syntax for type integer: \"x\"";
        QTest::addRow("Mermaid syntax, before any server")
            << "erDiagram\n    customer {\n        integer id PK\n    }\n    customer ||--o{\n"
            << ":5:20: expected an entity name after '||--o{', found end of line";
    }
    void errors()
    {
        QFETCH(QString, diagram);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("bad.mmd"), diagram);
        auto schema = PgMermaidReader::read(m_server.uri(QStringLiteral("objects")), path);
        QVERIFY(!schema);
        QCOMPARE(schema.error().toString(), path + expected);
    }

private:
    int scratchDatabases() const
    {
        QString count;
        if (!m_server.psql(QStringLiteral("postgres"),
                QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'godwit_scratch_%';"), &count))
            return -1;
        return count.trimmed().toInt();
    }

    PgServer m_server;
};

QTEST_GUILESS_MAIN(TestPgMermaidReader)
#include "tst_pgmermaidreader.moc"
