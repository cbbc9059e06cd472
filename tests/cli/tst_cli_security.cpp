// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "queryfixture.h"
#include "sample/ordersgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

// Every payload that once let a script reach another file, through every command and subcommand
// that runs SQL a user wrote. Whatever the route, the original stays byte-identical, no file
// appears, and the command ends with one `godwit:` line and exit 2 (lint reports the statement
// as its finding instead: it never runs it).
class TestCliSecurity : public QObject {
    Q_OBJECT

    // Where the payload goes.
    enum class Route {
        QueriesMigration, // queries --migration SCRIPT
        QueriesList, // a query in queries --queries Q.sql, measured with --runs
        Migrate, // migrate migrate, a versioned file
        MigrateRepeatable, // migrate migrate, a repeatable file
        MigrateUndo, // migrate undo, the undo file
        MigrateValidate, // migrate validate (reads only)
        Inspect, // inspect SCRIPT.sql
        Render, // render SCRIPT.sql
        DiffAfter, // diff DB SCRIPT.sql
        DiffBefore, // diff SCRIPT.sql DB
        DiffFolder, // diff DB FOLDER
        PlanAfter, // plan DB SCRIPT.sql
        PlanFolder, // plan DB FOLDER
        PlanQueries, // plan DB AFTER --queries Q.sql
        Lint, // lint SCRIPT.sql
        LintDb, // lint --db DB SCRIPT.sql
        LintFolder, // lint FOLDER
        RehearseTo, // rehearse --db DB --to SCRIPT.sql
        RehearseFolder, // rehearse --db DB --to FOLDER
        RehearsePlan, // rehearse --db DB --plan PLAN.json with the payload as a step's SQL
    };

    QString m_original;
    QMap<QString, QByteArray> m_fingerprint;
    int m_case = 0;

    QString write(const QString& path, const QString& text)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    // A migrations folder for the original (V1 builds it) with `files` after it.
    QString folder(const QString& dir, const QList<std::pair<QString, QString>>& files)
    {
        QDir().mkpath(dir);
        write(dir + QStringLiteral("/V1__orders.sql"), godwit::test::readSample(QStringLiteral("V1__orders.sql")));
        for (const auto& [name, text] : files)
            write(dir + QLatin1Char('/') + name, text);
        return dir;
    }

    // The arguments that run `payload` along `route`; extra files go into `dir`.
    QStringList arguments(Route route, const QString& payload, const QString& dir)
    {
        const QString script
            = write(dir + QStringLiteral("/payload.sql"), QStringLiteral("CREATE TABLE a (x);\n") + payload);
        const QString after = write(dir + QStringLiteral("/after.sql"),
            godwit::test::readSample(QStringLiteral("V1__orders.sql")) + QStringLiteral("\nCREATE TABLE extra (x);\n"));
        const QString queries = godwit::test::sampleDir() + QStringLiteral("/queries.sql");
        const QString copy = dir + QStringLiteral("/copy.db");
        switch (route) {
        case Route::QueriesMigration:
            return { "queries", "--db", m_original, "--queries", queries, "--migration", script };
        case Route::QueriesList:
            return { "queries", "--db", m_original, "--runs", "1", "--queries",
                write(dir + QStringLiteral("/q.sql"), QStringLiteral("-- name: evil\n") + payload) };
        case Route::Migrate:
            return { "migrate", "migrate", "--baseline-on-migrate", "--db", m_original, "--copy", copy, "--dir",
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::MigrateRepeatable:
            return { "migrate", "migrate", "--baseline-on-migrate", "--db", m_original, "--copy", copy, "--dir",
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("R__evil.sql"), payload } }) };
        case Route::MigrateValidate:
            return { "migrate", "validate", "--db", m_original, "--dir",
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::MigrateUndo: {
            const QString m = folder(dir + QStringLiteral("/m"),
                { { QStringLiteral("V2__ok.sql"), QStringLiteral("CREATE TABLE ok (x);\n") },
                    { QStringLiteral("U2__ok.sql"), payload } });
            const QString migrated = dir + QStringLiteral("/migrated.db");
            const CliRun first = runGodwit(
                { "migrate", "migrate", "--baseline-on-migrate", "--db", m_original, "--copy", migrated, "--dir", m });
            if (first.exitCode != 0)
                qWarning("setting up undo: %s", qPrintable(first.err));
            return { "migrate", "undo", "--db", migrated, "--copy", copy, "--dir", m };
        }
        case Route::Inspect:
            return { "inspect", script };
        case Route::Render:
            return { "render", script, "-o", dir + QStringLiteral("/out.dot") };
        case Route::DiffAfter:
            return { "diff", m_original, script };
        case Route::DiffBefore:
            return { "diff", script, m_original };
        case Route::DiffFolder:
            return { "diff", m_original,
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::PlanAfter:
            return { "plan", m_original, script };
        case Route::PlanFolder:
            return { "plan", m_original,
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::PlanQueries:
            return { "plan", m_original, after, "--queries", write(dir + QStringLiteral("/q.sql"), payload) };
        case Route::Lint:
            return { "lint", script };
        case Route::LintDb:
            return { "lint", "--db", m_original, script };
        case Route::LintFolder:
            return { "lint", folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::RehearseTo:
            return { "rehearse", "--db", m_original, "--to", script, "--copy", copy, "--phase-time", "50" };
        case Route::RehearseFolder:
            return { "rehearse", "--db", m_original, "--copy", copy, "--phase-time", "50", "--to",
                folder(dir + QStringLiteral("/m"), { { QStringLiteral("V2__evil.sql"), payload } }) };
        case Route::RehearsePlan: {
            const CliRun planned = runGodwit({ "plan", m_original, after, "--format", "json" });
            QJsonObject plan = QJsonDocument::fromJson(planned.out.toUtf8()).object();
            QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
            if (steps.isEmpty())
                qWarning("setting up rehearse --plan: %s", qPrintable(planned.err));
            QJsonObject first = steps.at(0).toObject();
            first.insert(QStringLiteral("sql"), payload);
            steps.replace(0, first);
            plan.insert(QStringLiteral("steps"), steps);
            const QString file = dir + QStringLiteral("/plan.json");
            write(file, QString::fromUtf8(QJsonDocument(plan).toJson()));
            return { "rehearse", "--db", m_original, "--plan", file, "--copy", copy, "--phase-time", "50" };
        }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_original = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 200;
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_original, options));
        m_fingerprint = godwit::test::databaseFingerprint(m_original);
    }

    void payloadNeverRuns_data()
    {
        QTest::addColumn<int>("route");
        QTest::addColumn<QString>("payload"); // {original}, and {new}: a file that must never appear
        QTest::addColumn<QList<int>>("exitCodes"); // 2: one `godwit:` line; 0 or 1: reported in the output
        const QList<std::pair<const char*, QString>> payloads {
            { "attach the original and delete",
                QStringLiteral("ATTACH DATABASE '{original}' AS o;\nDELETE FROM o.orders WHERE order_id > 10;\n") },
            { "attach a new file", QStringLiteral("ATTACH DATABASE '{new}' AS n;\nCREATE TABLE n.t (x);\n") },
            { "vacuum into between commit and begin", QStringLiteral("COMMIT;\nVACUUM INTO '{new}';\nBEGIN;\n") },
            { "vacuum into", QStringLiteral("VACUUM INTO '{new}';\n") },
            { "load_extension", QStringLiteral("SELECT load_extension('{new}');\n") },
            { "detach", QStringLiteral("DETACH DATABASE temp;\n") },
            { "file: URI with mode=rwc",
                QStringLiteral("ATTACH DATABASE 'file:{new}?mode=rwc' AS n;\nCREATE TABLE n.t (x);\n") },
            { "file: URI of the original",
                QStringLiteral("ATTACH DATABASE 'file:{original}?mode=rw' AS o;\nDELETE FROM o.orders;\n") },
        };
        const QList<std::pair<Route, const char*>> routes {
            { Route::QueriesMigration, "queries --migration" },
            { Route::QueriesList, "queries --queries --runs" },
            { Route::Migrate, "migrate migrate V" },
            { Route::MigrateRepeatable, "migrate migrate R" },
            { Route::MigrateUndo, "migrate undo" },
            { Route::MigrateValidate, "migrate validate" },
            { Route::Inspect, "inspect" },
            { Route::Render, "render" },
            { Route::DiffAfter, "diff DB SCRIPT" },
            { Route::DiffBefore, "diff SCRIPT DB" },
            { Route::DiffFolder, "diff DB FOLDER" },
            { Route::PlanAfter, "plan DB SCRIPT" },
            { Route::PlanFolder, "plan DB FOLDER" },
            { Route::PlanQueries, "plan --queries" },
            { Route::Lint, "lint" },
            { Route::LintDb, "lint --db" },
            { Route::LintFolder, "lint FOLDER" },
            { Route::RehearseTo, "rehearse --to SCRIPT" },
            { Route::RehearseFolder, "rehearse --to FOLDER" },
            { Route::RehearsePlan, "rehearse --plan" },
        };
        // Where the statement is not the command's input but something it reports on, it shows in
        // the output instead: lint's GW012 finding, an invalid query, a rehearsal step that failed.
        const QMap<Route, QList<int>> reported { { Route::QueriesList, { 0, 1 } }, { Route::MigrateValidate, { 0 } },
            { Route::PlanQueries, { 1 } }, { Route::Lint, { 1 } }, { Route::LintDb, { 1 } },
            { Route::LintFolder, { 1 } }, { Route::RehearsePlan, { 1 } } };
        for (const auto& [route, routeName] : routes) {
            for (const auto& [payloadName, payload] : payloads)
                QTest::addRow("%s: %s", routeName, payloadName)
                    << int(route) << payload << reported.value(route, { 2 });
        }
    }
    void payloadNeverRuns()
    {
        QFETCH(int, route);
        QFETCH(QString, payload);
        QFETCH(QList<int>, exitCodes);
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/case%1").arg(++m_case);
        QVERIFY(QDir().mkpath(dir));
        const QString forbidden = dir + QStringLiteral("/escaped.db");
        const QString sql = QString(payload)
                                .replace(QLatin1String("{original}"), m_original)
                                .replace(QLatin1String("{new}"), forbidden);
        const QStringList args = arguments(Route(route), sql, dir);
        const QByteArray copyBefore = godwit::test::sha256(dir + QStringLiteral("/migrated.db"));

        const CliRun run = runGodwit(args);
        const QString shown
            = QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out.left(2000), run.err);

        QCOMPARE(godwit::test::databaseFingerprint(m_original), m_fingerprint);
        QCOMPARE(godwit::test::sha256(dir + QStringLiteral("/migrated.db")), copyBefore);
        QVERIFY2(!QFile::exists(forbidden), qPrintable(shown));
        QVERIFY2(exitCodes.contains(run.exitCode), qPrintable(shown));
        if (run.exitCode != 2) {
            if (Route(route) == Route::RehearsePlan)
                QVERIFY2(run.out.contains(QLatin1String("failed and was rolled back")), qPrintable(shown));
            if (Route(route) == Route::Lint || Route(route) == Route::LintDb || Route(route) == Route::LintFolder)
                QVERIFY2(run.out.contains(QLatin1String(" GW0")), qPrintable(shown));
            return;
        }
        QVERIFY2(run.err.startsWith(QStringLiteral("godwit: ")), qPrintable(shown));
        // The error is about the payload itself, not some earlier refusal.
        static const QRegularExpression payloadFile(
            QStringLiteral("(payload|V2__evil|R__evil|U2__ok)\\.sql:\\d+:\\d+: "));
        QVERIFY2(payloadFile.match(run.err).hasMatch(), qPrintable(shown));
        QVERIFY2(run.err.count(QLatin1Char('\n')) == 1 && run.err.endsWith(QLatin1Char('\n')), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "tst_cli_security.moc"
