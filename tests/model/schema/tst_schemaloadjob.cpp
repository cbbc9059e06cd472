// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaLoadJob is model code; it is tested here, next to the window that drives it.
#include "datasets.h"
#include "schema/schemaloadjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>

using godwit::Error;
using godwit::schema::Schema;
using godwit::schema::SchemaLoadJob;
using godwit::sqlite::DatabaseInfo;

class TestSchemaLoadJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsDatabase();
    void loadsScriptFile();
    void loadsScriptText();
    void failures_data();
    void failures();
    void scriptErrorHasPosition();
    void newerRequestWins();
    void scriptPath_data();
    void scriptPath();
};

void TestSchemaLoadJob::loadsDatabase()
{
    const QString path = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
    SchemaLoadJob job;
    QSignalSpy loaded(&job, &SchemaLoadJob::loaded);
    QSignalSpy failed(&job, &SchemaLoadJob::failed);
    job.start(path);
    QVERIFY(job.isRunning());
    QVERIFY(loaded.wait(20000));
    QVERIFY(!job.isRunning());
    QCOMPARE(failed.count(), 0);
    const auto schema = loaded.first().at(0).value<Schema>();
    const auto info = loaded.first().at(1).value<DatabaseInfo>();
    QCOMPARE(schema.tables.size(), 11);
    QCOMPARE(schema.source, path);
    // Row counts were asked for (estimates for big tables, exact for small ones).
    QVERIFY(schema.table(u"Track")->rowCount.has_value());
    QCOMPARE(schema.table(u"Track")->rowCount->value, 3503);
    QCOMPARE(info.path, path);
    QCOMPARE(info.pageSize, 4096);
    QCOMPARE(info.fileSize, QFileInfo(path).size());
    QCOMPARE(info.journalMode, QStringLiteral("delete"));
    QVERIFY(!info.sqliteVersion.isEmpty());
}

void TestSchemaLoadJob::loadsScriptFile()
{
    const QString path = godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql");
    SchemaLoadJob job;
    QSignalSpy loaded(&job, &SchemaLoadJob::loaded);
    job.start(path);
    QVERIFY(loaded.wait(10000));
    const auto schema = loaded.first().at(0).value<Schema>();
    const auto info = loaded.first().at(1).value<DatabaseInfo>();
    QCOMPARE(schema.tables.size(), 3);
    QCOMPARE(info.fileSize, QFileInfo(path).size());
    QCOMPARE(info.pageSize, 0); // a script has no pages
}

void TestSchemaLoadJob::loadsScriptText()
{
    SchemaLoadJob job;
    QSignalSpy loaded(&job, &SchemaLoadJob::loaded);
    job.startScript(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE VIEW v AS SELECT id FROM a;"),
        QStringLiteral("inline.sql"));
    QVERIFY(loaded.wait(10000));
    const auto schema = loaded.first().at(0).value<Schema>();
    QCOMPARE(schema.tables.size(), 1);
    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(loaded.first().at(1).value<DatabaseInfo>().path, QStringLiteral("inline.sql"));
}

void TestSchemaLoadJob::failures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Error::Code>("code");

    const QString dir = godwit::test::scratchDir();
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir + QLatin1Char('/') + name);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    QTest::addRow("missing") << dir + QStringLiteral("/nope.db") << Error::Code::FileNotFound;
    QTest::addRow("directory") << dir << Error::Code::IsDirectory;
    QTest::addRow("empty") << write(QStringLiteral("empty.db"), {}) << Error::Code::EmptyFile;
    QTest::addRow("text") << write(QStringLiteral("notes.txt"), QByteArray(200, 'a')) << Error::Code::NotADatabase;
    QTest::addRow("missing script") << dir + QStringLiteral("/nope.sql") << Error::Code::FileNotFound;
}

void TestSchemaLoadJob::failures()
{
    QFETCH(QString, path);
    QFETCH(Error::Code, code);
    SchemaLoadJob job;
    QSignalSpy loaded(&job, &SchemaLoadJob::loaded);
    QSignalSpy failed(&job, &SchemaLoadJob::failed);
    job.start(path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, code);
    QCOMPARE(QFileInfo(error.file).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!job.isRunning());
}

void TestSchemaLoadJob::scriptErrorHasPosition()
{
    SchemaLoadJob job;
    QSignalSpy failed(&job, &SchemaLoadJob::failed);
    job.startScript(QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y,);\n"), QStringLiteral("broken.sql"));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.file, QStringLiteral("broken.sql"));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.toString().startsWith(QStringLiteral("broken.sql:2:")), qPrintable(error.toString()));
}

void TestSchemaLoadJob::newerRequestWins()
{
    const QString orders = godwit::test::ordersV1Database();
    SchemaLoadJob job;
    QSignalSpy loaded(&job, &SchemaLoadJob::loaded);
    job.start(godwit::test::datasetDatabase(godwit::test::Dataset::Sakila));
    job.start(godwit::test::datasetDatabase(godwit::test::Dataset::Northwind));
    job.start(orders);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(1).value<DatabaseInfo>().path, orders);
    // A cancelled request reports nothing, even when it finishes before the next one.
    job.start(godwit::test::datasetDatabase(godwit::test::Dataset::Chinook));
    job.cancel();
    QVERIFY(!job.isRunning());
    job.start(orders);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(loaded.last().at(1).value<DatabaseInfo>().path, orders);
}

void TestSchemaLoadJob::scriptPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isScript");
    QTest::addRow("sql") << QStringLiteral("/x/schema.sql") << true;
    QTest::addRow("upper case") << QStringLiteral("/x/SCHEMA.SQL") << true;
    QTest::addRow("resource") << QStringLiteral(":/samples/orders/V1__orders.sql") << true;
    QTest::addRow("db") << QStringLiteral("/x/app.db") << false;
    QTest::addRow("no suffix") << QStringLiteral("/x/data") << false;
    QTest::addRow("sql in folder name") << QStringLiteral("/x.sql/data.sqlite") << false;
}

void TestSchemaLoadJob::scriptPath()
{
    QFETCH(QString, path);
    QFETCH(bool, isScript);
    QCOMPARE(SchemaLoadJob::isScriptPath(path), isScript);
}

QTEST_GUILESS_MAIN(TestSchemaLoadJob)
#include "tst_schemaloadjob.moc"
