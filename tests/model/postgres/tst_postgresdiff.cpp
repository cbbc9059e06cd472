// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/postgresclassifier.h"
#include "diff/schemadiff.h"
#include "pgserver.h"
#include "resultmessage.h"
#include "schema/schemareader.h"

#include <QTest>

using namespace godwit;
using namespace godwit::diff;
using godwit::test::PgServer;
using godwit::test::why;

// PostgreSQL's rules, one migration per row: the "after" database is a copy of the "before" one
// (CREATE DATABASE … TEMPLATE) with the migration applied by the server itself, so both sides
// are what PostgreSQL really stores; the diff of the two must classify the change by the rule.
class TestPostgresDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_START_PGSERVER(m_server);
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("base"),
                     QStringLiteral(GODWIT_TEST_SOURCE_DIR "/model/postgres/objects.sql"), &error),
            qPrintable(error));
        auto base = schema::SchemaReader::readFile(m_server.uri(QStringLiteral("base")));
        QVERIFY2(base, why(base).constData());
        m_base = *base;
    }

    void rules_data()
    {
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("lock");
        QTest::addColumn<bool>("rewrite");
        QTest::addColumn<bool>("scan");
        QTest::addColumn<QString>("impact");

        QTest::addRow("numeric widening is binary coercible")
            << "ALTER TABLE sales.refund ALTER COLUMN amount TYPE numeric(14, 2)"
            << "column:sales.refund.amount"
            << "ACCESS EXCLUSIVE" << false << false << "additive";
        QTest::addRow("integer to bigint rewrites") << "ALTER TABLE sales.refund ALTER COLUMN id TYPE bigint"
                                                    << "column:sales.refund.id"
                                                    << "ACCESS EXCLUSIVE" << true << false << "breaking-for-readers";
        QTest::addRow("volatile default rewrites")
            << "ALTER TABLE customer ADD COLUMN salt double precision DEFAULT random()"
            << "column:customer.salt"
            << "ACCESS EXCLUSIVE" << true << false << "additive";
        QTest::addRow("constant default is catalog only")
            << "ALTER TABLE customer ADD COLUMN score integer NOT NULL DEFAULT 0"
            << "column:customer.score"
            << "ACCESS EXCLUSIVE" << false << false << "additive";
        QTest::addRow("set not null scans") << "ALTER TABLE customer ALTER COLUMN token SET NOT NULL"
                                            << "column:customer.token"
                                            << "ACCESS EXCLUSIVE" << false << true << "breaking-for-writers";
        QTest::addRow("check without NOT VALID scans")
            << "ALTER TABLE sales.orders ADD CONSTRAINT price_ok CHECK (unit_price >= 0)"
            << "check:sales.orders.price_ok"
            << "ACCESS EXCLUSIVE" << false << true << "breaking-for-writers";
        QTest::addRow("check NOT VALID does not scan")
            << "ALTER TABLE sales.orders ADD CONSTRAINT price_cap CHECK (unit_price < 1000000) NOT VALID"
            << "check:sales.orders.price_cap"
            << "ACCESS EXCLUSIVE" << false << false << "breaking-for-writers";
        QTest::addRow("validate constraint") << "ALTER TABLE sales.orders VALIDATE CONSTRAINT orders_status_known"
                                             << "check:sales.orders.orders_status_known"
                                             << "SHARE UPDATE EXCLUSIVE" << false << true << "breaking-for-writers";
        QTest::addRow("foreign key without NOT VALID scans")
            << "ALTER TABLE sales.refund ADD CONSTRAINT refund_order FOREIGN KEY (order_id) REFERENCES sales.orders "
               "(id)"
            << "foreign-key:sales.refund.(order_id) -> sales.orders"
            << "SHARE ROW EXCLUSIVE" << false << true << "breaking-for-writers";
        QTest::addRow("foreign key NOT VALID") << "ALTER TABLE sales.refund ADD CONSTRAINT refund_order FOREIGN KEY "
                                                  "(order_id) REFERENCES sales.orders (id) NOT VALID"
                                               << "foreign-key:sales.refund.(order_id) -> sales.orders"
                                               << "SHARE ROW EXCLUSIVE" << false << false << "breaking-for-writers";
        QTest::addRow("create index blocks writes") << "CREATE INDEX customer_name ON customer (name)"
                                                    << "index:customer.customer_name"
                                                    << "SHARE" << false << true << "additive";
        QTest::addRow("rename breaks readers") << "ALTER TABLE customer RENAME COLUMN name TO full_name"
                                               << "column:customer.full_name"
                                               << "ACCESS EXCLUSIVE" << false << false << "breaking-for-readers";
        QTest::addRow("drop column") << "ALTER TABLE customer DROP COLUMN token"
                                     << "column:customer.token"
                                     << "ACCESS EXCLUSIVE" << false << false << "destructive";
        QTest::addRow("enum label added") << "ALTER TYPE mood ADD VALUE 'ecstatic'"
                                          << "type:mood"
                                          << "" << false << false << "additive";
        QTest::addRow("enum label removed")
            << "ALTER TYPE mood RENAME TO mood_old; CREATE TYPE mood AS ENUM ('sad', 'happy');"
               " ALTER TABLE customer ALTER COLUMN feeling DROP DEFAULT,"
               " ALTER COLUMN feeling TYPE mood USING feeling::text::mood; DROP TYPE mood_old;"
            << "type:mood"
            << "ACCESS EXCLUSIVE" << true << false << "destructive";
    }
    void rules()
    {
        QFETCH(QString, migration);
        const QString name = QStringLiteral("after_%1").arg(++m_counter);
        QString error;
        QVERIFY2(m_server.psql(QStringLiteral("postgres"),
                     QStringLiteral("CREATE DATABASE %1 TEMPLATE base;").arg(name), nullptr, &error),
            qPrintable(error));
        QVERIFY2(m_server.psql(name, migration + QLatin1Char(';'), nullptr, &error), qPrintable(error));
        auto after = schema::SchemaReader::readFile(m_server.uri(name));
        QVERIFY2(after, why(after).constData());

        DiffOptions options;
        options.renames = RenamePolicy::Accept;
        const ChangeSet set = SchemaDiff::compare(m_base, *after, options);
        QFETCH(QString, id);
        const Change* change = set.find(id);
        QStringList ids;
        for (const Change& c : set.changes)
            ids << c.id();
        QVERIFY2(change, qPrintable(ids.join(QStringLiteral(" | "))));
        const Classification& k = change->classification;
        QFETCH(QString, lock);
        QCOMPARE(k.lock, lock);
        QFETCH(bool, rewrite);
        QCOMPARE(k.rewrite, rewrite);
        QFETCH(bool, scan);
        QCOMPARE(k.scan, scan);
        QFETCH(QString, impact);
        QCOMPARE(impactName(k.impact), impact);
        QVERIFY2(!k.manual.isEmpty() && !k.sqliteRule.isEmpty(), qPrintable(k.reason));
    }

    void binaryCoercible_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("coercible");
        QTest::addRow("varchar wider") << "character varying(20)"
                                       << "character varying(40)" << true;
        QTest::addRow("varchar narrower") << "character varying(40)"
                                          << "character varying(20)" << false;
        QTest::addRow("varchar to text") << "character varying(40)"
                                         << "text" << true;
        QTest::addRow("text to varchar(n)") << "text"
                                            << "character varying(10)" << false;
        QTest::addRow("numeric more precision") << "numeric(10,2)"
                                                << "numeric(12,2)" << true;
        QTest::addRow("numeric other scale") << "numeric(10,2)"
                                             << "numeric(12,3)" << false;
        QTest::addRow("numeric unconstrained") << "numeric(10,2)"
                                               << "numeric" << true;
        QTest::addRow("integer to bigint") << "integer"
                                           << "bigint" << false;
        QTest::addRow("cidr to inet") << "cidr"
                                      << "inet" << true;
        QTest::addRow("text array to varchar array") << "text[]"
                                                     << "character varying[]" << false;
    }
    void binaryCoercible()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, coercible);
        QCOMPARE(PostgresClassifier::isBinaryCoercible(from, to), coercible);
    }

private:
    PgServer m_server;
    schema::Schema m_base;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestPostgresDiff)
#include "tst_postgresdiff.moc"
