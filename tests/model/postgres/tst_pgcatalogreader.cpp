// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "pgserver.h"
#include "postgres/connection.h"
#include "resultmessage.h"
#include "schema/pgcatalogreader.h"
#include "schema/schemareader.h"

#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::PgServer;
using godwit::test::why;

// The catalog reader against a real PostgreSQL 15 server: Chinook (PostgreSQL edition) and a
// schema with every kind of object the reader knows, both loaded into a throwaway server.
class TestPgCatalogReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_START_PGSERVER(m_server);
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("objects"),
                     QStringLiteral(GODWIT_TEST_SOURCE_DIR "/model/postgres/objects.sql"), &error),
            qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("chinook"),
                     test::datasetSqlPath(test::Dataset::Chinook)
                         .replace(QLatin1String("chinook.sql"), QLatin1String("chinook-postgres.sql")),
                     &error),
            qPrintable(error));
        auto objects = SchemaReader::readFile(m_server.uri(QStringLiteral("objects")));
        QVERIFY2(objects, why(objects).constData());
        m_objects = *objects;
    }

    void chinook()
    {
        auto schema
            = SchemaReader::readFile(m_server.uri(QStringLiteral("chinook")), { ReadOptions::RowCounts::Exact });
        QVERIFY2(schema, why(schema).constData());
        QCOMPARE(schema->dialect, Dialect::PostgreSQL);
        QCOMPARE(schema->tables.size(), 11);
        qsizetype fks = 0;
        for (const Table& t : schema->tables) {
            QCOMPARE(t.schemaName, QStringLiteral("public"));
            QVERIFY2(!t.primaryKey().isEmpty(), qPrintable(t.name));
            fks += t.foreignKeys.size();
        }
        QCOMPARE(fks, 11);
        const Table* track = schema->table(u"track");
        QVERIFY(track);
        QCOMPARE(track->rowCount->value, 3503);
        QVERIFY(track->rowCount->exact);
        QCOMPARE(track->column(u"name")->declaredType, QStringLiteral("character varying(200)"));
        QVERIFY(!schema->source.contains(QLatin1String("password")));
    }

    void columns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("notNull");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<int>("identity");
        QTest::addColumn<bool>("generated");
        QTest::addColumn<bool>("volatileDefault");
        QTest::addRow("identity always") << "customer"
                                         << "id"
                                         << "integer" << true << "" << int(Identity::Always) << false << false;
        QTest::addRow("array with default") << "customer"
                                            << "tags"
                                            << "text[]" << false << "'{}'::text[]" << 0 << false << false;
        QTest::addRow("enum") << "customer"
                              << "feeling"
                              << "mood" << false << "'ok'::mood" << 0 << false << false;
        QTest::addRow("stable default") << "customer"
                                        << "created_at"
                                        << "timestamp with time zone" << true << "now()" << 0 << false << false;
        QTest::addRow("volatile default") << "customer"
                                          << "token"
                                          << "uuid" << false << "gen_random_uuid()" << 0 << false << true;
        QTest::addRow("identity by default") << "sales.orders"
                                             << "id"
                                             << "bigint" << true << "" << int(Identity::ByDefault) << false << false;
        QTest::addRow("nextval") << "sales.orders"
                                 << "invoice"
                                 << "integer" << false << "nextval('invoice_number'::regclass)" << 0 << false << true;
        QTest::addRow("domain") << "sales.orders"
                                << "total"
                                << "positive_money" << false << "" << 0 << false << false;
        QTest::addRow("generated") << "sales.orders"
                                   << "line_total"
                                   << "numeric(12,2)" << false << "" << 0 << true << false;
    }
    void columns()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        const Table* t = m_objects.table(table);
        QVERIFY2(t, qPrintable(table));
        const Column* c = t->column(column);
        QVERIFY2(c, qPrintable(column));
        QFETCH(QString, type);
        QCOMPARE(c->declaredType, type);
        QFETCH(bool, notNull);
        QCOMPARE(c->notNull, notNull);
        QFETCH(QString, defaultValue);
        QCOMPARE(c->defaultValue, defaultValue);
        QFETCH(int, identity);
        QCOMPARE(int(c->identity), identity);
        QFETCH(bool, generated);
        QCOMPARE(c->isGenerated(), generated);
        QFETCH(bool, volatileDefault);
        QCOMPARE(c->volatileDefault, volatileDefault);
    }

    void objects()
    {
        const Table* orders = m_objects.table(u"sales.orders");
        QVERIFY(orders);
        QCOMPARE(orders->schemaName, QStringLiteral("sales"));
        QCOMPARE(orders->primaryKey(), QStringList { QStringLiteral("id") });
        QCOMPARE(orders->foreignKeys.size(), 1);
        const ForeignKey& fk = orders->foreignKeys.front();
        QCOMPARE(fk.name, QStringLiteral("orders_customer_fk"));
        QCOMPARE(fk.parentTable, QStringLiteral("customer"));
        QCOMPARE(fk.parentColumns, QStringList { QStringLiteral("id") });
        QCOMPARE(fk.onDelete, ForeignKeyAction::Cascade);
        QVERIFY(fk.deferrable && fk.initiallyDeferred && !fk.notValid);
        QCOMPARE(orders->checks.size(), 2);
        for (const CheckConstraint& c : orders->checks)
            QCOMPARE(c.notValid, c.name == QLatin1String("orders_status_known"));

        const Index* partial = orders->index(u"sales.orders_open");
        QVERIFY(partial);
        QCOMPARE(partial->where, QStringLiteral("(status = 'pending'::text)"));
        const Index* expression = orders->index(u"sales.orders_lower_status");
        QVERIFY(expression && expression->parts.size() == 1);
        QVERIFY(expression->parts.front().isExpression());
        QVERIFY(expression->parts.front().descending);
        const Index* cover = orders->index(u"sales.orders_customer_cover");
        QVERIFY(cover);
        QCOMPARE(cover->include, QStringList { QStringLiteral("total") });
        QVERIFY(cover->valid);
        const Table* customer = m_objects.table(u"customer");
        QVERIFY(customer);
        QCOMPARE(customer->comment, QStringLiteral("People who buy"));
        QCOMPARE(customer->column(u"email")->comment, QStringLiteral("Login and receipts"));
        QCOMPARE(customer->index(u"customer_tags")->method, QStringLiteral("gin"));
        QVERIFY(customer->isUniqueColumn(u"email"));

        const Table* measurement = m_objects.table(u"measurement");
        QVERIFY(measurement);
        QCOMPARE(measurement->partitionKey, QStringLiteral("RANGE (logged_on)"));
        const Table* partition = m_objects.table(u"measurement_2024");
        QVERIFY(partition);
        QCOMPARE(partition->partitionOf, QStringLiteral("measurement"));
        QVERIFY(partition->partitionBound.startsWith(QLatin1String("FOR VALUES FROM ('2024-01-01')")));

        QCOMPARE(m_objects.views.size(), 2);
        QVERIFY(!m_objects.view(u"customer_orders")->materialized);
        QVERIFY(m_objects.view(u"order_totals")->materialized);
        QCOMPARE(m_objects.view(u"customer_orders")->columns,
            (QStringList { QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("orders") }));

        QCOMPARE(m_objects.triggers.size(), 1);
        const Trigger& trigger = m_objects.triggers.front();
        QCOMPARE(trigger.table, QStringLiteral("sales.orders"));
        QCOMPARE(trigger.timing, TriggerTiming::Before);
        QCOMPARE(trigger.function, QStringLiteral("touch_status()"));
        QVERIFY(trigger.functionSql.contains(QLatin1String("lower(NEW.status)")));

        QCOMPARE(m_objects.types.size(), 2);
        const auto mood = std::ranges::find(m_objects.types, QStringLiteral("mood"), &UserType::name);
        QVERIFY(mood != m_objects.types.end());
        QCOMPARE(mood->labels, (QStringList { QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy") }));
        const auto money = std::ranges::find(m_objects.types, QStringLiteral("positive_money"), &UserType::name);
        QVERIFY(money != m_objects.types.end());
        QCOMPARE(money->kind, UserType::Kind::Domain);
        QCOMPARE(money->baseType, QStringLiteral("numeric(12,2)"));
        QVERIFY(money->notNull);

        // Identity sequences belong to their column; only the free-standing one is listed.
        QCOMPARE(m_objects.sequences.size(), 1);
        QCOMPARE(m_objects.sequences.front().name, QStringLiteral("invoice_number"));
        QCOMPARE(m_objects.sequences.front().start, 1000);
        QCOMPARE(m_objects.sequences.front().increment, 10);
    }

    // A session Godwit opens cannot write, whatever the statement.
    void readOnlySession()
    {
        auto connection = postgres::Connection::open(m_server.uri(QStringLiteral("objects")));
        QVERIFY2(connection, why(connection).constData());
        auto write = connection->execute(QStringLiteral("CREATE TABLE intruder (id int)"));
        QVERIFY(!write);
        QCOMPARE(write.error().message, QStringLiteral("cannot execute CREATE TABLE in a read-only transaction"));
        auto settings = connection->query(
            QStringLiteral("SELECT current_setting('statement_timeout'), current_setting('lock_timeout')"));
        QVERIFY2(settings, why(settings).constData());
        QCOMPARE(settings->text(0, 0), QStringLiteral("1min"));
        QCOMPARE(settings->text(0, 1), QStringLiteral("5s"));
    }

private:
    PgServer m_server;
    Schema m_objects;
};

QTEST_GUILESS_MAIN(TestPgCatalogReader)
#include "tst_pgcatalogreader.moc"
