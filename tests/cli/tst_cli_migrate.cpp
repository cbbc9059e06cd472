// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString folderWith(const QList<std::pair<QString, QByteArray>>& files)
{
    const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
    QDir().mkpath(dir);
    for (const auto& [name, content] : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }
    return dir;
}

QString emptyDatabase()
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/empty.db");
    auto db = godwit::sqlite::Database::openWritable(path, true);
    if (db)
        (void)db->exec(QStringLiteral("PRAGMA user_version = 1"));
    return path;
}

QString copyPath() { return godwit::test::scratchDir() + QStringLiteral("/copy.db"); }

QStringList migrate(const QString& command, const QString& db, const QString& dir, const QStringList& more = {})
{
    return QStringList { QStringLiteral("migrate"), command, QStringLiteral("--db"), db, QStringLiteral("--dir"), dir }
    + more;
}

int scalar(const QString& db, const QString& sql)
{
    auto conn = godwit::sqlite::Database::openOriginal(db);
    return conn ? conn->scalar(sql)->toInt() : -1;
}

const QByteArray kV1 = "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";
const QByteArray kV2 = "ALTER TABLE a ADD COLUMN note TEXT;\n";

} // namespace

class TestCliMigrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Copies made without --copy go to the data folder: keep them in the scratch area.
        qputenv("XDG_DATA_HOME", godwit::test::scratchDir().toUtf8());
    }

    void infoListsPendingMigrations()
    {
        const QString db = emptyDatabase();
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit(migrate(QStringLiteral("info"), db, godwit::test::sampleDir()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Current version: none")));
        QVERIFY(r.out.contains(QLatin1String("2        add shipping eta")));
        QVERIFY(r.out.contains(QLatin1String("skipped orders.mmd: not a migration name")));
        QVERIFY(r.out.contains(QLatin1String("4 pending")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);

        const CliRun json = runGodwit(migrate(QStringLiteral("info"), db, godwit::test::sampleDir(),
            { QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("godwit.migrations"));
        QCOMPARE(root.value(QStringLiteral("command")).toString(), QStringLiteral("info"));
        const QJsonArray migrations = root.value(QStringLiteral("migrations")).toArray();
        QCOMPARE(migrations.size(), 4);
        QCOMPARE(migrations.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(migrations.at(0).toObject().value(QStringLiteral("checksum")).toInt(), 691077541);
        QVERIFY(json.out.indexOf(QLatin1String("\"format\"")) < json.out.indexOf(QLatin1String("\"migrations\"")));
    }

    // The root keys and their order, as docs/json-format.md lists them for godwit.migrations.
    void jsonRootKeys_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("keys");
        const QStringList header = { "format", "version", "command", "database" };
        const QStringList where = { "folder", "historyTable" };
        QTest::addRow("info") << "info" << header + where + QStringList { "currentVersion", "migrations", "ignored" };
        QTest::addRow("validate") << "validate" << header + where + QStringList { "valid", "issues" };
        QTest::addRow("migrate") << "migrate"
                                 << header + QStringList { "copy" } + where
                + QStringList { "success", "failedRow", "currentVersion", "applied", "notes", "error" };
    }
    void jsonRootKeys()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, keys);
        QStringList more { QStringLiteral("--format"), QStringLiteral("json") };
        if (command == QLatin1String("migrate"))
            more << QStringLiteral("--copy") << copyPath();
        const CliRun r = runGodwit(migrate(command, emptyDatabase(), godwit::test::sampleDir(), more));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
        static const QRegularExpression rootKey(QStringLiteral("^  \"(\\w+)\":"), QRegularExpression::MultilineOption);
        QStringList got;
        for (const QRegularExpressionMatch& m : rootKey.globalMatch(r.out))
            got << m.captured(1);
        QCOMPARE(got, keys);
        QVERIFY(r.out.contains(QLatin1String("\"format\": \"godwit.migrations\"")));
    }

    void migrateWritesANewCopy()
    {
        const QString db = emptyDatabase();
        const auto before = godwit::test::databaseFingerprint(db);
        const QString copy = copyPath();
        const CliRun r = runGodwit(
            migrate(QStringLiteral("migrate"), db, godwit::test::sampleDir(), { QStringLiteral("--copy"), copy }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("working copy: ") + copy));
        QVERIFY(r.out.contains(QLatin1String("applied V4__contract_estimated_delivery.sql (version 4")));
        QVERIFY(r.out.contains(QLatin1String("current version: 4")));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM godwit_schema_history WHERE success")), 4);
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
        // The copy is never replaced.
        const CliRun again = runGodwit(
            migrate(QStringLiteral("migrate"), db, godwit::test::sampleDir(), { QStringLiteral("--copy"), copy }));
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err,
            QStringLiteral("godwit: %1: already exists (the working copy is always a new file)\n").arg(copy));
        // Without --copy: a fresh copy in the rehearsal folder, named in the output.
        const CliRun fresh = runGodwit(migrate(QStringLiteral("migrate"), db, godwit::test::sampleDir(),
            { QStringLiteral("-f"), QStringLiteral("json") }));
        QCOMPARE(fresh.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(fresh.out.toUtf8()).object();
        const QString made = root.value(QStringLiteral("copy")).toString();
        QVERIFY2(made.contains(QLatin1String("godwit-rehearsal/empty-")), qPrintable(made));
        QVERIFY(QFileInfo::exists(made));
        QCOMPARE(root.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(root.value(QStringLiteral("applied")).toArray().size(), 4);
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void ordersSampleOnGeneratedData()
    {
        // A database with data at V1 (no history): baseline on migrate, then V2..V4.
        const QString db = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        QCOMPARE(runGodwit({ QStringLiteral("sample"), QStringLiteral("orders"), QStringLiteral("--rows"),
                               QStringLiteral("500"), db })
                     .exitCode,
            0);
        const auto before = godwit::test::databaseFingerprint(db);
        const QString copy = copyPath();
        const CliRun refused = runGodwit(
            migrate(QStringLiteral("migrate"), db, godwit::test::sampleDir(), { QStringLiteral("--copy"), copy }));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("has tables but no godwit_schema_history table")),
            qPrintable(refused.err));
        const QString copy2 = copyPath();
        const CliRun r = runGodwit(migrate(QStringLiteral("migrate"), db, godwit::test::sampleDir(),
            { QStringLiteral("--copy"), copy2, QStringLiteral("--baseline-on-migrate") }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("baselined at version 1")));
        QVERIFY(r.out.contains(QLatin1String("applied V3__backfill_shipping_eta.sql")));
        QCOMPARE(scalar(copy2, QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT NULL")), 500);
        QCOMPARE(
            scalar(copy2,
                QStringLiteral("SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'estimated_delivery'")),
            0);
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
        // The migrated copy has nothing left to do against the folder.
        const CliRun diff = runGodwit({ QStringLiteral("diff"), copy2, godwit::test::sampleDir() });
        QCOMPARE(diff.exitCode, 0);
    }

    void diffWithAMigrationsFolder()
    {
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit({ QStringLiteral("diff"), QStringLiteral("--renames"), QStringLiteral("reject"), db,
            godwit::test::sampleDir() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("shipping_eta")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("estimated_delivery")));
        QVERIFY(!r.out.contains(QLatin1String("godwit_schema_history")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void validateFindsAnEditedFile()
    {
        const QString dir = folderWith({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 } });
        const QString copy = copyPath();
        QCOMPARE(runGodwit(migrate(QStringLiteral("migrate"), emptyDatabase(), dir, { QStringLiteral("--copy"), copy }))
                     .exitCode,
            0);
        const CliRun clean = runGodwit(migrate(QStringLiteral("validate"), copy, dir));
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains(QLatin1String("validates against")));
        QFile f(dir + QStringLiteral("/V2__b.sql"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("-- edited after it was applied\n");
        f.close();
        const auto before = godwit::test::databaseFingerprint(copy);
        const CliRun r = runGodwit(migrate(QStringLiteral("validate"), copy, dir));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(
                     QLatin1String("V2__b.sql: migration checksum mismatch for version 2: applied to database")),
            qPrintable(r.out));
        const CliRun json = runGodwit(
            migrate(QStringLiteral("validate"), copy, dir, { QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(
            root.value(QStringLiteral("issues")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("checksum-mismatch"));
        QCOMPARE(godwit::test::databaseFingerprint(copy), before);
        // repair realigns it (in a new copy).
        const QString repaired = copyPath();
        const CliRun fix
            = runGodwit(migrate(QStringLiteral("repair"), copy, dir, { QStringLiteral("--copy"), repaired }));
        QCOMPARE(fix.exitCode, 0);
        QVERIFY(fix.out.contains(QLatin1String("note: V2__b.sql: realigned checksum")));
        QCOMPARE(runGodwit(migrate(QStringLiteral("validate"), repaired, dir)).exitCode, 0);
    }

    void undoAndBaselineAndTarget()
    {
        const QString dir = folderWith({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 },
            { "U2__b.sql", "ALTER TABLE a DROP COLUMN note;\n" }, { "V3__c.sql", "CREATE TABLE c (x);\n" } });
        const QString v2 = copyPath();
        const CliRun r = runGodwit(migrate(QStringLiteral("migrate"), emptyDatabase(), dir,
            { QStringLiteral("--copy"), v2, QStringLiteral("--target"), QStringLiteral("2") }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("current version: 2")));
        const QString undone = copyPath();
        const CliRun u = runGodwit(migrate(QStringLiteral("undo"), v2, dir, { QStringLiteral("--copy"), undone }));
        QCOMPARE(u.exitCode, 0);
        QVERIFY2(u.out.contains(QLatin1String("undid U2__b.sql (version 2")), qPrintable(u.out));
        QVERIFY(u.out.contains(QLatin1String("current version: 1")));
        QCOMPARE(scalar(undone, QStringLiteral("SELECT count(*) FROM pragma_table_info('a') WHERE name = 'note'")), 0);
        const CliRun none = runGodwit(migrate(QStringLiteral("undo"), undone, dir));
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.endsWith(QLatin1String("no undo migration for version 1 (expected U1__a.sql)\n")),
            qPrintable(none.err));

        const QString baselined = copyPath();
        const CliRun b = runGodwit(migrate(QStringLiteral("baseline"), godwit::test::ordersV1Database(),
            godwit::test::sampleDir(), { QStringLiteral("--copy"), baselined }));
        QCOMPARE(b.exitCode, 0);
        QVERIFY(b.out.contains(QLatin1String("baselined at version 1")));
        const CliRun info = runGodwit(migrate(QStringLiteral("info"), baselined, godwit::test::sampleDir()));
        QVERIFY(info.out.contains(QLatin1String("below-baseline")));
        QVERIFY(info.out.contains(QLatin1String("3 pending")));
    }

    void namingOptions_data()
    {
        QTest::addColumn<QStringList>("naming");
        QTest::addColumn<QStringList>("files"); // V1, V2, U2, R (a view), and a file that is not a migration here
        QTest::addColumn<QString>("undoV1"); // the name undo asks for (first suffix)
        QTest::addRow("Flyway's defaults")
            << QStringList {}
            << QStringList { "V1__a.sql", "V2__add_note.sql", "U2__add_note.sql", "R__view.sql", "M3-other.ddl" }
            << "U1__a.sql";
        QTest::addRow("custom prefixes, separator, suffixes")
            << QStringList { "--versioned-prefix", "M", "--undo-prefix", "B", "--repeatable-prefix", "A", "--separator",
                   "-", "--suffix", ".ddl,.sqlite.sql" }
            << QStringList { "M1-a.ddl", "M2-add_note.sqlite.sql", "B2-add_note.ddl", "A-view.DDL", "V3__c.sql" }
            << "B1-a.ddl";
        QTest::addRow("repeated --suffix, longer prefixes")
            << QStringList { "--versioned-prefix", "ver", "--undo-prefix", "verundo", "--suffix", ".up", "--suffix",
                   ".down" }
            << QStringList { "ver1__a.up", "ver2__add_note.up", "verundo2__add_note.down", "R__view.up", "V3__c.sql" }
            << "verundo1__a.up";
    }
    void namingOptions()
    {
        QFETCH(QStringList, naming);
        QFETCH(QStringList, files);
        QFETCH(QString, undoV1);
        const QString dir = folderWith(
            { { files.at(0), kV1 }, { files.at(1), kV2 }, { files.at(2), "ALTER TABLE a DROP COLUMN note;\n" },
                { files.at(3), "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT id FROM a;\n" },
                { files.at(4), "CREATE TABLE c (x);\n" } });
        const QString db = emptyDatabase();
        const CliRun info = runGodwit(migrate(QStringLiteral("info"), db, dir, naming));
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QLatin1String("3 pending")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("skipped %1: not a migration name").arg(files.at(4))),
            qPrintable(info.out));

        const QString migrated = copyPath();
        const CliRun r
            = runGodwit(migrate(QStringLiteral("migrate"), db, dir, naming + QStringList { "--copy", migrated }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("applied %1 (version 2").arg(files.at(1))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("applied %1 (repeatable").arg(files.at(3))));
        QCOMPARE(
            scalar(migrated, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'v', 'c')")), 2);
        QCOMPARE(runGodwit(migrate(QStringLiteral("validate"), migrated, dir, naming)).exitCode, 0);

        const QString undone = copyPath();
        const CliRun u
            = runGodwit(migrate(QStringLiteral("undo"), migrated, dir, naming + QStringList { "--copy", undone }));
        QCOMPARE(u.exitCode, 0);
        QVERIFY2(u.out.contains(QStringLiteral("undid %1 (version 2").arg(files.at(2))), qPrintable(u.out));
        // No undo file for version 1: the expected name follows the options.
        const CliRun none = runGodwit(migrate(QStringLiteral("undo"), undone, dir, naming));
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("(expected %1)").arg(undoV1)), qPrintable(none.err));
    }

    void failingMigration()
    {
        const QString dir = folderWith({ { "V1__a.sql", kV1 },
            { "V2__bad.sql", "CREATE TABLE b (x);\nINSERT INTO b VALUES (1);\nINSERT INTO nosuch VALUES (2);\n" } });
        const QString db = emptyDatabase();
        const auto before = godwit::test::databaseFingerprint(db);
        const QString copy = copyPath();
        const CliRun r = runGodwit(migrate(QStringLiteral("migrate"), db, dir, { QStringLiteral("--copy"), copy }));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("godwit: %1/V2__bad.sql:3:13: no such table: nosuch\n").arg(dir));
        QVERIFY(r.out.contains(QLatin1String("applied V1__a.sql")));
        QVERIFY(r.out.contains(QLatin1String("failed: the copy is as it was before the failing file")));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")), 0);
        // Rolled back, so no history row: V2 is pending again, as Flyway leaves it.
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM godwit_schema_history")), 1);
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
        const CliRun info = runGodwit(migrate(QStringLiteral("info"), copy, dir));
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QLatin1String("1 pending")), qPrintable(info.out));
        QCOMPARE(runGodwit(migrate(QStringLiteral("validate"), copy, dir)).exitCode, 0);
    }

    void failureThatCannotBeUndone()
    {
        // A connection PRAGMA after the committed transaction fails: the table stays and the
        // history records V2 as failed until repair.
        const QString dir = folderWith(
            { { "V1__a.sql", kV1 }, { "V2__bad.sql", "CREATE TABLE b (x);\nPRAGMA foreign_keys = ON ON;\n" } });
        const QString copy = copyPath();
        const CliRun r
            = runGodwit(migrate(QStringLiteral("migrate"), emptyDatabase(), dir, { QStringLiteral("--copy"), copy }));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("godwit: %1/V2__bad.sql:2:").arg(dir)), qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QLatin1String("failed: the failing file's transaction had committed")), qPrintable(r.out));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")), 1);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM godwit_schema_history WHERE NOT success")), 1);
        const CliRun validate = runGodwit(migrate(QStringLiteral("validate"), copy, dir));
        QCOMPARE(validate.exitCode, 1);
        QVERIFY(validate.out.contains(QLatin1String("detected failed migration to version 2")));
        const QString repaired = copyPath();
        const CliRun fix
            = runGodwit(migrate(QStringLiteral("repair"), copy, dir, { QStringLiteral("--copy"), repaired }));
        QCOMPARE(fix.exitCode, 0);
        QVERIFY(fix.out.contains(QLatin1String("removed the failed history row")));
        QCOMPARE(scalar(repaired, QStringLiteral("SELECT count(*) FROM godwit_schema_history")), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrStart");
        const QString db = godwit::test::ordersV1Database();
        const QString dir = godwit::test::sampleDir();
        const QString bad = folderWith({ { "V1__a.sql", kV1 }, { "V2_b.sql", kV2 } });
        QTest::addRow("unknown command") << QStringList { QStringLiteral("migrate"), QStringLiteral("clean"),
            QStringLiteral("--db"), db, QStringLiteral("--dir"), dir }
                                         << "godwit: unknown migrate command 'clean'";
        QTest::addRow("no command") << QStringList { QStringLiteral("migrate") } << "godwit: missing argument";
        QTest::addRow("no --db") << QStringList { QStringLiteral("migrate"), QStringLiteral("info"),
            QStringLiteral("--dir"), dir }
                                 << "godwit: --db FILE is required";
        QTest::addRow("no --dir") << QStringList { QStringLiteral("migrate"), QStringLiteral("info"),
            QStringLiteral("--db"), db }
                                  << "godwit: --dir FOLDER is required";
        QTest::addRow("bad format") << migrate(
            QStringLiteral("info"), db, dir, { QStringLiteral("-f"), QStringLiteral("xml") })
                                    << "godwit: --format: expected one of text, json (got xml)\n";
        QTest::addRow("--copy with info")
            << migrate(QStringLiteral("info"), db, dir, { QStringLiteral("--copy"), QStringLiteral("x.db") })
            << "godwit: --copy applies to migrate, baseline, undo and repair; info only reads";
        QTest::addRow("missing database") << migrate(QStringLiteral("info"), QStringLiteral("/nonexistent/a.db"), dir)
                                          << "godwit: /nonexistent/a.db: no such file";
        QTest::addRow("missing folder") << migrate(QStringLiteral("info"), db, QStringLiteral("/nonexistent/m"))
                                        << "godwit: /nonexistent/m: no such folder";
        QTest::addRow("malformed name") << migrate(QStringLiteral("info"), db,
            bad) << QStringLiteral("godwit: %1/V2_b.sql: invalid migration name: '2_b' is not a version").arg(bad);
        QTest::addRow("bad target") << migrate(
            QStringLiteral("info"), db, dir, { QStringLiteral("--target"), QStringLiteral("1.x") })
                                    << "godwit: '1.x' is not a version";
        QTest::addRow("database is a folder")
            << migrate(QStringLiteral("migrate"), dir, dir) << QStringLiteral("godwit: %1:").arg(dir);
        QTest::addRow("empty separator") << migrate(
            QStringLiteral("info"), db, dir, { QStringLiteral("--separator"), QString() })
                                         << "godwit: --separator must not be empty";
        QTest::addRow("empty suffix") << migrate(
            QStringLiteral("info"), db, dir, { QStringLiteral("--suffix"), QStringLiteral(" , ") })
                                      << "godwit: --suffix must not be empty";
        QTest::addRow("empty prefix") << migrate(
            QStringLiteral("info"), db, dir, { QStringLiteral("--undo-prefix"), QString() })
                                      << "godwit: --undo-prefix must not be empty";
        QTest::addRow("same prefix twice")
            << migrate(QStringLiteral("info"), db, dir, { QStringLiteral("--repeatable-prefix"), QStringLiteral("V") })
            << "godwit: --versioned-prefix and --repeatable-prefix are both 'V': each kind of migration needs its own "
               "prefix";
        QTest::addRow("baseline twice") << QStringList {} << "";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrStart);
        QString refusedCopy;
        if (arguments.isEmpty()) {
            const QString once = copyPath();
            QCOMPARE(runGodwit(migrate(QStringLiteral("baseline"), godwit::test::ordersV1Database(),
                                   godwit::test::sampleDir(), { QStringLiteral("--copy"), once }))
                         .exitCode,
                0);
            arguments = migrate(
                QStringLiteral("baseline"), once, godwit::test::sampleDir(), { QStringLiteral("--copy"), copyPath() });
            stderrStart = QStringLiteral("godwit: %1: the history is already baselined at version 1").arg(once);
            refusedCopy = arguments.constLast();
        }
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(stderrStart), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
        if (!refusedCopy.isEmpty())
            QVERIFY(!QFileInfo::exists(refusedCopy)); // a refused operation leaves no copy behind
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
