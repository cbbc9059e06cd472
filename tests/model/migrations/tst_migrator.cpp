// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "migrationfixture.h"
#include "migrations/migrationfolder.h"
#include "migrations/migrator.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace godwit::migrations;
using godwit::sqlite::Database;
using godwit::test::openMigrator;

namespace {

QString writeFolder(const QList<std::pair<QString, QByteArray>>& files)
{
    const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
    QDir().mkpath(dir);
    for (const auto& [name, content] : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(content);
    }
    return dir;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QString emptyDatabase()
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/copy.db");
    auto db = Database::openWritable(path, true);
    if (!db || !db->exec(QStringLiteral("PRAGMA user_version = 0")))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

enum class FlywayRow { Succeeded, Failed };

// A copy of `source` with a history as Flyway writes it (its SQLite DDL, its checksums): V1
// applied and V2 recorded with `v2` as its success flag. Empty, with a warning, on failure.
QString flywayHistoryDatabase(const QString& source, const QString& name, FlywayRow v2)
{
    const QString dbPath = godwit::test::scratchDir() + QLatin1Char('/') + name;
    if (!QFile::copy(source, dbPath)) {
        qWarning("cannot copy %s", qPrintable(source));
        return {};
    }
    QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::openWritable(dbPath);
    const QString history
        = QStringLiteral(R"(CREATE TABLE "flyway_schema_history" ("installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL, "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL, "checksum" INT, "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')), "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL);
    INSERT INTO flyway_schema_history VALUES (1, '1', 'orders', 'SQL', 'V1__orders.sql', 691077541, '', '2026-01-01 10:00:00.000', 12, 1);
    INSERT INTO flyway_schema_history VALUES (2, '2', 'add shipping eta', 'SQL', 'V2__add_shipping_eta.sql', 1390372280, '', '2026-01-02 10:00:00.000', 3, %1);)")
              .arg(v2 == FlywayRow::Succeeded ? 1 : 0);
    if (!db || !db->exec(history)) {
        qWarning("cannot write the Flyway history into %s", qPrintable(dbPath));
        return {};
    }
    return dbPath;
}

// Everything a user would see in the database except the history table: schema text and rows.
QString userState(const Database& db)
{
    QString out;
    auto st = db.prepare(
        QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'godwit_schema_history%' "
                       "ORDER BY type, name"));
    QStringList tables;
    while (*st->step()) {
        out += st->text(0) + QLatin1Char(' ') + st->text(1) + QLatin1Char(' ') + st->text(2) + QLatin1Char('\n');
        if (st->text(0) == QLatin1String("table"))
            tables << st->text(1);
    }
    for (const QString& t : tables) {
        auto all = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        while (*all->step()) {
            for (int c = 0; c < all->columnCount(); ++c)
                out += all->text(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QList<HistoryRow> history(const Migrator& m) { return *SchemaHistory(m.database()).rows(); }

// Why a migrate/undo/repair did not succeed, for QVERIFY2 messages.
QByteArray failureOf(const godwit::Result<MigrationReport>& r)
{
    if (!r)
        return r.error().toString().toUtf8();
    return r->failure ? r->failure->toString().toUtf8() : QByteArray();
}

const QByteArray kV1
    = "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO a (name) VALUES ('one');\n";
const QByteArray kV2 = "ALTER TABLE a ADD COLUMN note TEXT;\n";
const QByteArray kU2 = "ALTER TABLE a DROP COLUMN note;\n";

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrateWritesHistory()
    {
        const QString dbPath = emptyDatabase();
        MigrationConfig config;
        config.installedBy = QStringLiteral("tester");
        Migrator m = openMigrator(dbPath, godwit::test::sampleDir(), config);
        auto report = m.migrate();
        QVERIFY2(report && report->isSuccess(), failureOf(report).constData());
        QCOMPARE(report->applied.size(), 4);
        const QList<HistoryRow> rows = history(m);
        QCOMPARE(rows.size(), 4);
        const QStringList descriptions
            = { "orders", "add shipping eta", "backfill shipping eta", "contract estimated delivery" };
        const QList<qint32> checksums = { 691077541, 1390372280, 185033052, -1876435871 }; // computed with Java
        static const QRegularExpression timestamp(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"));
        for (int i = 0; i < 4; ++i) {
            const HistoryRow& r = rows.at(i);
            QCOMPARE(r.installedRank, i + 1);
            QCOMPARE(r.version, QString::number(i + 1));
            QCOMPARE(r.description, descriptions.at(i));
            QCOMPARE(r.type, QStringLiteral("SQL"));
            QVERIFY(r.script.startsWith(QStringLiteral("V%1__").arg(i + 1)));
            QCOMPARE(r.checksum, checksums.at(i));
            QCOMPARE(r.installedBy, QStringLiteral("tester"));
            QVERIFY2(timestamp.match(r.installedOn).hasMatch(), qPrintable(r.installedOn));
            QVERIFY(r.executionTime >= 0);
            QVERIFY(r.success);
        }
        // Flyway's column layout, so a Flyway-aware tool reads the table.
        auto columns = m.database().scalar(
            QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('godwit_schema_history')"));
        QCOMPARE(columns->toString(),
            QStringLiteral("installed_rank,version,description,type,script,checksum,installed_by,"
                           "installed_on,execution_time,success"));
        auto info = m.info();
        QCOMPARE(info->currentVersion, QStringLiteral("4"));
        QVERIFY(info->pending().isEmpty());
        // A second run has nothing to do.
        auto again = m.migrate();
        QVERIFY(again && again->isSuccess() && again->applied.isEmpty());
    }

    void failureInTheMiddleOfAFile_data()
    {
        QTest::addColumn<QByteArray>("v2");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown table") << QByteArray(
            "CREATE TABLE b (x);\nINSERT INTO b VALUES (1);\nINSERT INTO nosuch VALUES (2);\n")
                                       << 3 << 13 << "no such table: nosuch";
        QTest::addRow("syntax error") << QByteArray("CREATE TABLE b (x);\n  UPDATE a SET name = 'x' WHER id = 1;\n")
                                      << 2 << 27 << "near \"WHER\": syntax error";
        QTest::addRow("constraint at runtime")
            << QByteArray("CREATE TABLE b (x);\n\n   INSERT INTO a (name) VALUES (NULL);\n") << 3 << 4
            << "NOT NULL constraint failed: a.name";
        QTest::addRow("after a pragma (snapshot)")
            << QByteArray("CREATE TABLE b (x);\nPRAGMA foreign_keys = ON;\nCREATE TABLE c (y);\nDROP TABLE nosuch;\n")
            << 4 << 12 << "no such table: nosuch";
        QTest::addRow("vacuum then error (snapshot)")
            << QByteArray("CREATE TABLE b (x);\nVACUUM;\nINSERT INTO b VALUES (1);\nSELECT nosuch();\n") << 4 << 8
            << "no such function: nosuch";
    }
    void failureInTheMiddleOfAFile()
    {
        QFETCH(QByteArray, v2);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString dir
            = writeFolder({ { "V1__a.sql", kV1 }, { "V2__b.sql", v2 }, { "V3__c.sql", "CREATE TABLE d (z);" } });
        const QString dbPath = emptyDatabase();
        QString before;
        {
            MigrationConfig upToV1;
            upToV1.target = QStringLiteral("1");
            Migrator first = openMigrator(dbPath, dir, upToV1);
            QVERIFY(first.migrate()->isSuccess());
            before = userState(first.database());
        }
        Migrator m = openMigrator(dbPath, dir);

        auto report = m.migrate();
        QVERIFY(report);
        QVERIFY(!report->isSuccess());
        QVERIFY(report->applied.isEmpty());
        const godwit::Error& e = *report->failure;
        QCOMPARE(e.file, dir + QStringLiteral("/V2__b.sql"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(e.message, message);
        QCOMPARE(userState(m.database()), before);
        QVERIFY(!QFile::exists(dbPath + QStringLiteral(".godwit-before")));
        // No history row (Flyway's rule when the database rolled back), V2 pending again and
        // V3 not attempted: the copy is exactly as it was before V2.
        const QList<HistoryRow> rows = history(m);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).version, QStringLiteral("1"));
        QVERIFY(!report->hasFailedRow);
        auto info = m.info();
        QCOMPARE(info->entries.at(1).state, MigrationState::Pending);
        QCOMPARE(info->entries.at(2).state, MigrationState::Pending);
        // Fixed, it goes on without a repair.
        writeFile(dir + QStringLiteral("/V2__b.sql"), "CREATE TABLE b (x);\n");
        Migrator fixed = openMigrator(dbPath, dir);
        auto done = fixed.migrate();
        QVERIFY2(done && done->isSuccess(), failureOf(done).constData());
        QCOMPARE(done->applied.size(), 2);
        QCOMPARE(history(fixed).size(), 3);
    }

    void failureAfterTheCommittedTransaction()
    {
        // The PRAGMA runs after the file's transaction committed, so its failure cannot undo
        // the table: that is the one case with a success = 0 row.
        const QString dir = writeFolder(
            { { "V1__a.sql", kV1 }, { "V2__b.sql", "CREATE TABLE b (x);\nPRAGMA foreign_keys = ON ON;\n" } });
        Migrator m = openMigrator(emptyDatabase(), dir);
        auto report = m.migrate();
        QVERIFY(report && !report->isSuccess());
        QCOMPARE(report->failure->line, 2);
        QCOMPARE(report->failure->message, QStringLiteral("near \"ON\": syntax error"));
        QVERIFY(report->hasFailedRow);
        QCOMPARE(report->applied.size(), 1);
        QCOMPARE(
            m.database().scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'"))->toInt(), 1);
        const QList<HistoryRow> rows = history(m);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).installedRank, 2);
        QCOMPARE(rows.at(1).script, QStringLiteral("V2__b.sql"));
        QVERIFY(!rows.at(1).success);
        QCOMPARE(m.info()->entries.at(1).state, MigrationState::Failed);
        // Migrate refuses until repair; fixed and repaired, it goes on.
        auto refused = m.migrate();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("failed migration to version 2")));
        writeFile(dir + QStringLiteral("/V2__b.sql"), "CREATE TABLE IF NOT EXISTS b (x);\nPRAGMA foreign_keys = ON;\n");
        Migrator fixed = openMigrator(m.databasePath(), dir);
        auto repaired = fixed.repair();
        QVERIFY(repaired && repaired->isSuccess());
        QCOMPARE(repaired->notes.size(), 1);
        auto done = fixed.migrate();
        QVERIFY2(done && done->isSuccess(), failureOf(done).constData());
        QCOMPARE(fixed.info()->currentVersion, QStringLiteral("2"));
    }

    void nonTransactionalStatementsRunOutside()
    {
        // With foreign_keys ON the orphan insert fails: proof that the PRAGMA ran outside the
        // transaction (inside one SQLite ignores it).
        const QString dir = writeFolder({ { "V1__a.sql",
                                              "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                                              "CREATE TABLE c (p INTEGER REFERENCES p (id));\n" },
            { "V2__fk.sql", "PRAGMA foreign_keys = ON;\nBEGIN;\nINSERT INTO c VALUES (42);\nCOMMIT;\n" },
            { "V3__orphan_allowed.sql", "INSERT INTO c VALUES (43);\n" } });
        Migrator m = openMigrator(emptyDatabase(), dir);
        auto report = m.migrate();
        QVERIFY(report);
        QVERIFY(!report->isSuccess());
        QCOMPARE(report->failure->message, QStringLiteral("FOREIGN KEY constraint failed"));
        QCOMPARE(report->failure->line, 3);
        QStringList notes;
        for (const MigrationNote& n : report->notes)
            notes << n.toString();
        QCOMPARE(notes,
            (QStringList { "V2__fk.sql:1:1: PRAGMA FOREIGN_KEYS runs outside the transaction: SQLite ignores PRAGMA "
                           "foreign_keys inside a transaction",
                "V2__fk.sql:2:1: BEGIN skipped: the migrator runs each file in its own transaction",
                "V2__fk.sql:4:1: COMMIT skipped: the migrator runs each file in its own transaction" }));
        // The connection is back to foreign_keys OFF for the next file.
        QCOMPARE(m.database().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 0);
        writeFile(dir + QStringLiteral("/V2__fk.sql"), "SELECT 1;\n");
        Migrator again = openMigrator(m.databasePath(), dir);
        QVERIFY(again.repair()->isSuccess());
        QVERIFY(again.migrate()->isSuccess());
        QCOMPARE(again.database().scalar(QStringLiteral("SELECT count(*) FROM c"))->toInt(), 1);
    }

    void snapshotFileSucceeds()
    {
        const QString dir = writeFolder({ { "V1__a.sql", "CREATE TABLE x (a);\nVACUUM;\nCREATE TABLE y (b);\n" } });
        const QString dbPath = emptyDatabase();
        Migrator m = openMigrator(dbPath, dir);
        auto report = m.migrate();
        QVERIFY(report && report->isSuccess());
        QCOMPARE(
            m.database().scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('x', 'y')"))->toInt(),
            2);
        QCOMPARE(history(m).size(), 1);
        QVERIFY(!QFile::exists(dbPath + QStringLiteral(".godwit-before")));
    }

    void forbiddenStatements()
    {
        const QString target = godwit::test::scratchDir() + QStringLiteral("/outside.db");
        const QString dir = writeFolder({ { "V1__a.sql",
            QByteArray("CREATE TABLE x (a);\n  ATTACH DATABASE '") + target.toUtf8()
                + "' AS o;\nCREATE TABLE o.t (b);\n" } });
        Migrator m = openMigrator(emptyDatabase(), dir);
        auto report = m.migrate();
        QVERIFY(report && !report->isSuccess());
        QCOMPARE(report->failure->code, godwit::Error::Code::Unsupported);
        QCOMPARE(report->failure->line, 2);
        QCOMPARE(report->failure->column, 3);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(
            m.database().scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'x'"))->toInt(), 0);
    }

    void validateDetectsEditedFile()
    {
        const QString dir = writeFolder({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 } });
        const QString dbPath = emptyDatabase();
        QVERIFY(openMigrator(dbPath, dir).migrate()->isSuccess());
        QVERIFY(openMigrator(dbPath, dir).validate()->isEmpty());

        // Line endings do not change Flyway's checksum...
        QByteArray crlf = kV2;
        writeFile(dir + QStringLiteral("/V2__b.sql"), crlf.replace("\n", "\r\n"));
        QVERIFY(openMigrator(dbPath, dir).validate()->isEmpty());
        // ...an edit does.
        writeFile(dir + QStringLiteral("/V2__b.sql"), kV2 + "-- reviewed\n");
        Migrator edited = openMigrator(dbPath, dir);
        auto issues = edited.validate();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->constFirst().kind, ValidationIssue::Kind::ChecksumMismatch);
        QCOMPARE(issues->constFirst().script, QStringLiteral("V2__b.sql"));
        const qint32 applied = *history(edited).at(1).checksum;
        const qint32 local = edited.migrations().versioned.at(1).checksum;
        QCOMPARE(issues->constFirst().message,
            QStringLiteral("migration checksum mismatch for version 2: applied to database %1, resolved locally %2")
                .arg(applied)
                .arg(local));
        QVERIFY(edited.info()->entries.at(1).hasChecksumMismatch());
        // migrate validates first and refuses; repair realigns the checksum.
        writeFile(dir + QStringLiteral("/V3__c.sql"), "CREATE TABLE c (x);\n");
        Migrator withV3 = openMigrator(dbPath, dir);
        auto refused = withV3.migrate();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("validate failed: V2__b.sql: migration checksum mismatch")),
            qPrintable(refused.error().message));
        QVERIFY(withV3.repair()->isSuccess());
        QVERIFY(withV3.validate()->isEmpty());
        QCOMPARE(*history(withV3).at(1).checksum, local);
        QVERIFY(withV3.migrate()->isSuccess());
    }

    void descriptionMismatch()
    {
        const QString dir = writeFolder({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 } });
        const QString dbPath = emptyDatabase();
        QVERIFY(openMigrator(dbPath, dir).migrate()->isSuccess());
        QVERIFY(QFile::rename(dir + QStringLiteral("/V2__b.sql"), dir + QStringLiteral("/V2__add_note.sql")));
        Migrator m = openMigrator(dbPath, dir);
        auto issues = m.validate();
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->constFirst().kind, ValidationIssue::Kind::DescriptionMismatch);
        QCOMPARE(issues->constFirst().message,
            QStringLiteral(
                "migration description mismatch for version 2: applied to database 'b', resolved locally 'add note'"));
        QVERIFY(m.repair()->isSuccess());
        QVERIFY(m.validate()->isEmpty());
        QCOMPARE(history(m).at(1).description, QStringLiteral("add note"));
    }

    void infoStates()
    {
        const QString dir
            = writeFolder({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 }, { "V3__c.sql", "CREATE TABLE c (x);" },
                { "R__view.sql", "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT name FROM a;\n" } });
        const QString dbPath = emptyDatabase();
        QVERIFY(openMigrator(dbPath, dir).migrate()->isSuccess());
        QFile::remove(dir + QStringLiteral("/V3__c.sql")); // applied, now missing
        writeFile(dir + QStringLiteral("/V1.5__late.sql"), "SELECT 1;"); // older than current: ignored
        writeFile(
            dir + QStringLiteral("/R__view.sql"), "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT id, name FROM a;\n");
        writeFile(dir + QStringLiteral("/V4__d.sql"), "CREATE TABLE d (x);");
        writeFile(dir + QStringLiteral("/V5__e.sql"), "CREATE TABLE e (x);");
        MigrationConfig config;
        config.target = QStringLiteral("4");
        Migrator m = openMigrator(dbPath, dir, config);
        auto info = m.info();
        QVERIFY(info);
        QStringList states;
        for (const MigrationStatus& s : info->entries)
            states << (s.script + QLatin1Char('=') + migrationStateName(s.state));
        QCOMPARE(states,
            (QStringList { "V1__a.sql=applied", "V1.5__late.sql=ignored", "V2__b.sql=applied", "V3__c.sql=missing",
                "V4__d.sql=pending", "V5__e.sql=above-target", "R__view.sql=outdated" }));
        QCOMPARE(info->currentVersion, QStringLiteral("3"));
        const QList<ValidationIssue> issues = Migrator::validationIssues(*info);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).kind, ValidationIssue::Kind::OutOfOrder);
        QCOMPARE(issues.at(1).kind, ValidationIssue::Kind::Missing);
        // Repair marks the missing one deleted; removing the late file leaves V4 and the view.
        QVERIFY(m.repair()->isSuccess());
        QFile::remove(dir + QStringLiteral("/V1.5__late.sql"));
        Migrator after = openMigrator(dbPath, dir, config);
        auto report = after.migrate();
        QVERIFY2(report && report->isSuccess(), failureOf(report).constData());
        QCOMPARE(report->applied.size(), 2);
        QCOMPARE(report->applied.at(0).script, QStringLiteral("V4__d.sql"));
        QCOMPARE(report->applied.at(1).script, QStringLiteral("R__view.sql"));
        QCOMPARE(after.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('v')"))->toInt(), 2);
        // A history row newer than every file is "future".
        QFile::remove(dir + QStringLiteral("/V4__d.sql"));
        QFile::remove(dir + QStringLiteral("/V5__e.sql"));
        auto future = openMigrator(dbPath, dir).info();
        QCOMPARE(future->entries.at(3).state, MigrationState::Future);
    }

    void undo()
    {
        const QString dir = writeFolder({ { "V1__a.sql", kV1 }, { "V2__b.sql", kV2 }, { "U2__b.sql", kU2 } });
        const QString dbPath = emptyDatabase();
        Migrator m = openMigrator(dbPath, dir);
        QVERIFY(m.migrate()->isSuccess());
        auto undone = m.undo();
        QVERIFY(undone && undone->isSuccess());
        QCOMPARE(undone->applied.size(), 1);
        QCOMPARE(undone->applied.constFirst().type, QStringLiteral("UNDO_SQL"));
        QCOMPARE(m.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('a') WHERE name = 'note'"))
                     ->toInt(),
            0);
        const QList<HistoryRow> rows = history(m);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).type, QStringLiteral("UNDO_SQL"));
        QCOMPARE(rows.at(2).script, QStringLiteral("U2__b.sql"));
        auto info = m.info();
        QCOMPARE(info->currentVersion, QStringLiteral("1"));
        QCOMPARE(info->entries.at(1).state, MigrationState::Pending);
        // Version 1 has no U file.
        auto noFile = m.undo();
        QVERIFY(noFile && !noFile->isSuccess());
        QCOMPARE(noFile->failure->message, QStringLiteral("no undo migration for version 1 (expected U1__a.sql)"));
        // Migrate re-applies version 2.
        auto again = m.migrate();
        QVERIFY(again && again->isSuccess());
        QCOMPARE(again->applied.size(), 1);
        QCOMPARE(m.info()->currentVersion, QStringLiteral("2"));
    }

    void baselineAndTarget()
    {
        const QString dbPath = godwit::test::scratchDir() + QStringLiteral("/v1.db");
        QVERIFY(QFile::copy(godwit::test::ordersV1Database(), dbPath));
        QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
        Migrator plain = openMigrator(dbPath, godwit::test::sampleDir());
        auto refused = plain.migrate();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("has tables but no godwit_schema_history table")));
        MigrationConfig config;
        config.target = QStringLiteral("2");
        Migrator m = openMigrator(dbPath, godwit::test::sampleDir(), config);
        auto baselined = m.baseline();
        QVERIFY(baselined && baselined->isSuccess());
        QCOMPARE(history(m).constFirst().type, QStringLiteral("BASELINE"));
        QVERIFY(!m.baseline()); // only once
        auto report = m.migrate();
        QVERIFY(report && report->isSuccess());
        QCOMPARE(report->applied.size(), 1);
        QCOMPARE(m.info()->entries.at(0).state, MigrationState::Baseline);
        QCOMPARE(m.info()->entries.at(1).state, MigrationState::BelowBaseline);
        QCOMPARE(m.info()->currentVersion, QStringLiteral("2"));
    }

    void readsFlywayHistory()
    {
        // A history as Flyway writes it (its SQLite DDL, its checksums): validates here.
        const QString dbPath = flywayHistoryDatabase(
            godwit::test::ordersV2Database(), QStringLiteral("flyway.db"), FlywayRow::Succeeded);
        QVERIFY(!dbPath.isEmpty());
        auto set = MigrationFolder::scan(godwit::test::sampleDir());
        MigrationConfig config;
        config.historyTable = QStringLiteral("flyway_schema_history");
        const auto before = godwit::test::databaseFingerprint(dbPath);
        auto m = Migrator::open(dbPath, *set, config, Migrator::Access::ReadOnly);
        QVERIFY(m);
        QVERIFY(m->validate()->isEmpty());
        auto info = m->info();
        QCOMPARE(info->currentVersion, QStringLiteral("2"));
        QCOMPARE(info->pending().size(), 2);
        QCOMPARE(godwit::test::databaseFingerprint(dbPath), before);
    }

    void repairsFlywaysFailedRow()
    {
        // Flyway records success = 0 when it could not roll back (e.g. on MySQL); such a history
        // fails validate, blocks migrate, and repair removes the row.
        const QString dbPath = flywayHistoryDatabase(
            godwit::test::ordersV1Database(), QStringLiteral("flyway-failed.db"), FlywayRow::Failed);
        QVERIFY(!dbPath.isEmpty());
        MigrationConfig config;
        config.historyTable = QStringLiteral("flyway_schema_history");
        Migrator m = openMigrator(dbPath, godwit::test::sampleDir(), config);
        auto issues = m.validate();
        QVERIFY(issues);
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->constFirst().kind, ValidationIssue::Kind::Failed);
        QCOMPARE(issues->constFirst().message,
            QStringLiteral(
                "detected failed migration to version 2 (V2__add_shipping_eta.sql): fix it, then run repair"));
        auto refused = m.migrate();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("failed migration to version 2")));
        auto repaired = m.repair();
        QVERIFY(repaired && repaired->isSuccess());
        QCOMPARE(repaired->notes.size(), 1);
        QCOMPARE(repaired->notes.constFirst().toString(),
            QStringLiteral("V2__add_shipping_eta.sql: removed the failed history row (rank 2)"));
        QVERIFY(m.validate()->isEmpty());
        auto report = m.migrate();
        QVERIFY2(report && report->isSuccess(), failureOf(report).constData());
        QCOMPARE(report->applied.size(), 3);
        QCOMPARE(m.info()->currentVersion, QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
