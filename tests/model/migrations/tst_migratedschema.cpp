// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/changesettextwriter.h"
#include "diff/schemadiff.h"
#include "filehash.h"
#include "migrations/migratedschema.h"
#include "migrations/migrationfolder.h"
#include "migrations/migrator.h"
#include "resultmessage.h"
#include "sample/ordersgenerator.h"
#include "schema/mermaidschemareader.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace godwit;
using namespace godwit::migrations;

using godwit::test::why;

namespace {

// The seed's target schema: V1..V4 run as one script on an empty database.
schema::Schema ordersTarget()
{
    QString sql;
    for (const char* file : { "V1__orders.sql", "V2__add_shipping_eta.sql", "V3__backfill_shipping_eta.sql",
             "V4__contract_estimated_delivery.sql" }) {
        QFile f(test::sampleDir() + QLatin1Char('/') + QLatin1String(file));
        if (f.open(QIODevice::ReadOnly))
            sql += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
    }
    auto schema = schema::SchemaReader::readScript(sql, QStringLiteral("V1..V4"));
    if (!schema)
        qFatal("%s", qPrintable(schema.error().toString()));
    return *schema;
}

// The orders example's target as its diagram draws it (orders.mmd): a check that does not come from
// the migration files themselves, unlike ordersTarget().
schema::Schema seedDiagram()
{
    auto schema = schema::MermaidSchemaReader::readFile(test::sampleDir() + QStringLiteral("/orders.mmd"));
    if (!schema)
        qFatal("%s", qPrintable(schema.error().toString()));
    return *schema;
}

// "name TYPE" of each column, in declaration order or sorted.
QStringList columnsOf(const schema::Table* table, bool sorted = false)
{
    QStringList out;
    if (!table)
        return out;
    for (const schema::Column& c : table->columns)
        out << c.name + QLatin1Char(' ') + c.declaredType.toUpper();
    if (sorted)
        out.sort();
    return out;
}

QString noChanges(const schema::Schema& a, const schema::Schema& b)
{
    diff::DiffOptions options;
    options.renames = diff::RenamePolicy::Reject;
    const diff::ChangeSet set = diff::SchemaDiff::compare(a, b, options);
    return set.isEmpty() ? QString() : diff::ChangeSetTextWriter::write(set, false);
}

} // namespace

class TestMigratedSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordersV1ToV4OnGeneratedData()
    {
        // The seed's orders database with data, migrated V1 -> V4 the way a team would:
        // baseline at 1, then the folder. The result is the target schema, the data survives,
        // and the original does not change by one byte.
        const QString original = test::scratchDir() + QStringLiteral("/orders.db");
        sample::OrdersGenerator::Options options;
        options.orders = 3000;
        QVERIFY(sample::OrdersGenerator::generate(original, options));
        const auto fingerprint = test::databaseFingerprint(original);
        const QString copy = test::scratchDir() + QStringLiteral("/copy.db");
        QVERIFY(sqlite::WorkingCopy::create(original, copy));
        auto set = MigrationFolder::scan(test::sampleDir());
        QVERIFY2(set, why(set).constData());
        auto m = Migrator::open(copy, *set, {}, Migrator::Access::Write);
        QVERIFY2(m, why(m).constData());
        QVERIFY(m->baseline());
        auto report = m->migrate();
        QVERIFY2(report && report->isSuccess(),
            report ? qPrintable(report->failure ? report->failure->toString() : QString()) : why(report).constData());
        QCOMPARE(report->applied.size(), 3);
        auto migrated = schema::SchemaReader::read(m->database());
        QVERIFY(migrated);
        SchemaHistory::removeFrom(*migrated);
        const QString changes = noChanges(*migrated, ordersTarget());
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
        // And the target the example's diagram draws (orders.mmd): exactly the migrated schema,
        // while the original has estimated_delivery where it has shipping_eta.
        const schema::Schema diagram = seedDiagram();
        const QString fromDiagram = noChanges(diagram, *migrated);
        QVERIFY2(fromDiagram.isEmpty(), qPrintable(fromDiagram));
        auto before = schema::SchemaReader::readFile(original);
        QVERIFY2(before, why(before).constData());
        QCOMPARE(columnsOf(before->table(QStringLiteral("orders"))),
            (QStringList { "order_id INTEGER", "customer_id INTEGER", "status TEXT", "total_amount NUMERIC",
                "created_at TEXT", "estimated_delivery TEXT" }));
        const schema::Table* orders = migrated->table(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(columnsOf(orders),
            (QStringList { "order_id INTEGER", "customer_id INTEGER", "status TEXT", "total_amount NUMERIC",
                "created_at TEXT", "shipping_eta TEXT" }));
        QVERIFY(orders->column(QStringLiteral("shipping_eta"))->notNull);
        const schema::Table* items = migrated->table(QStringLiteral("order_items"));
        QVERIFY(std::ranges::any_of(items->foreignKeys, [](const schema::ForeignKey& fk) {
            return fk.columns == QStringList { QStringLiteral("order_id") }
            && fk.parentTable == QLatin1String("orders");
        }));
        QCOMPARE(
            m->database().scalar(QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT NULL"))->toInt(),
            3000);
        QCOMPARE(m->database().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(m->database().scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
        QCOMPARE(test::databaseFingerprint(original), fingerprint);
    }

    void diffSourceFromDatabaseAndFolder_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("note");
        QTest::addRow("V1 database, no history") << test::ordersV1Database() << "treated as baselined at 1";
        QTest::addRow("V2 database, no history") << test::ordersV2Database() << "treated as baselined at 2";
        QTest::addRow("empty database") << QString() << "";
    }
    void diffSourceFromDatabaseAndFolder()
    {
        QFETCH(QString, database);
        QFETCH(QString, note);
        if (database.isEmpty()) {
            database = test::scratchDir() + QStringLiteral("/empty.db");
            auto db = sqlite::Database::openWritable(database, true);
            QVERIFY(db && db->exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        const auto fingerprint = test::databaseFingerprint(database);
        QList<MigrationNote> notes;
        auto after = MigratedSchema::read(database, test::sampleDir(), {}, {}, &notes);
        QVERIFY2(after, why(after).constData());
        const QString changes = noChanges(*after, ordersTarget());
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
        QVERIFY(!after->table(QStringLiteral("godwit_schema_history")));
        if (!note.isEmpty()) {
            QVERIFY(!notes.isEmpty());
            QVERIFY2(notes.constFirst().message.contains(note), qPrintable(notes.constFirst().message));
        }
        QCOMPARE(test::databaseFingerprint(database), fingerprint);

        auto [before, target] = MigratedSchema::readBeforeAfter(database, test::sampleDir());
        QVERIFY(before && target);
        QCOMPARE(noChanges(*target, ordersTarget()), QString());
    }

    void databaseMatchingNoPrefixIsAnError()
    {
        const QString chinook = test::datasetDatabase(test::Dataset::Chinook);
        auto after = MigratedSchema::read(chinook, test::sampleDir());
        QVERIFY(!after);
        QCOMPARE(after.error().file, chinook);
        QVERIFY2(
            after.error().message.contains(QStringLiteral("baseline it first")), qPrintable(after.error().message));
    }

    void failingMigrationIsTheError()
    {
        const QString dir = test::scratchDir() + QStringLiteral("/m");
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/V2__bad.sql"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ALTER TABLE orders ADD COLUMN x TEXT;\nALTER TABLE nosuch ADD COLUMN y TEXT;\n");
        f.close();
        QFile::copy(test::sampleDir() + QStringLiteral("/V1__orders.sql"), dir + QStringLiteral("/V1__orders.sql"));
        auto after = MigratedSchema::read(test::ordersV1Database(), dir);
        QVERIFY(!after);
        QCOMPARE(after.error().toString(), dir + QStringLiteral("/V2__bad.sql:2:13: no such table: nosuch"));
    }

    void matchingVersion()
    {
        auto set = MigrationFolder::scan(test::sampleDir());
        QVERIFY(set);
        auto v2 = schema::SchemaReader::readFile(test::ordersV2Database());
        QVERIFY(v2);
        const auto version = MigratedSchema::matchingVersion(*v2, *set);
        QVERIFY(version);
        // V3 only changes data, so V2's schema is also V3's: the first of the two is the safe
        // baseline (V3's backfill then runs, as V4 needs it).
        QCOMPARE(version->text, QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestMigratedSchema)
#include "tst_migratedschema.moc"
