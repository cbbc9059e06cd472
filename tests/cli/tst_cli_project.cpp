// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit project new|show` and `--project` on plan, rehearse, queries, render and review: a
// project gives exactly what the separate options give, on the orders sample and on Chinook;
// bad projects are refused with one line; the database is never written.
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sample/ordersgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString scratch(const QString& name)
{
    static const QString dir = godwit::test::scratchDir();
    return QDir(dir).filePath(name);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class TestCliProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 20000;
        m_orders = scratch(QStringLiteral("orders.db"));
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_orders, options));
        m_chinook = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        QVERIFY(!m_chinook.isEmpty());
        // Chinook's schema with Track.Composer made NOT NULL: 977 tracks have none, so the plan's
        // pre-check fails unless the answers give a fill value.
        QString sql = readText(godwit::test::datasetSqlPath(godwit::test::Dataset::Chinook));
        sql = sql.left(sql.indexOf(QStringLiteral("INSERT INTO")));
        QVERIFY(sql.contains(QStringLiteral("[Composer] NVARCHAR(220),")));
        sql.replace(QStringLiteral("[Composer] NVARCHAR(220),"), QStringLiteral("[Composer] NVARCHAR(220) NOT NULL,"));
        m_chinookTarget = scratch(QStringLiteral("chinook-target.sql"));
        QVERIFY(writeText(m_chinookTarget, sql.toUtf8()));
        m_chinookAnswers = scratch(QStringLiteral("chinook-answers.json"));
        QVERIFY(writeText(m_chinookAnswers,
            R"({ "format": "godwit.answers", "version": 1,
                 "changes": { "column:Track.Composer": { "fill": "'Unknown'" } } })"));
        m_ordersAnswers = scratch(QStringLiteral("orders-answers.json"));
        QVERIFY(writeText(m_ordersAnswers,
            R"({ "format": "godwit.answers", "version": 1, "batchSize": 500,
                 "changes": { "table:orders": { "skipDualWrite": true, "skipDualWriteReason": "no readers yet" } } })"));
        m_queries = QDir(godwit::test::sampleDir()).filePath(QStringLiteral("queries.sql"));
        m_ordersFingerprint = godwit::test::databaseFingerprint(m_orders);
        m_chinookFingerprint = godwit::test::databaseFingerprint(m_chinook);
    }

    void cleanupTestCase()
    {
        // Every command only read the databases.
        QCOMPARE(godwit::test::databaseFingerprint(m_orders), m_ordersFingerprint);
        QCOMPARE(godwit::test::databaseFingerprint(m_chinook), m_chinookFingerprint);
    }

    void newAndShow_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("kind");
        QTest::addRow("orders + migrations folder")
            << m_orders << godwit::test::sampleDir() << m_ordersAnswers << QStringLiteral("migrations");
        QTest::addRow("chinook + target script")
            << m_chinook << m_chinookTarget << m_chinookAnswers << QStringLiteral("sql");
    }

    void newAndShow()
    {
        QFETCH(QString, db);
        QFETCH(QString, to);
        QFETCH(QString, answers);
        QFETCH(QString, kind);
        const QString project
            = scratch(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".godwit"));
        QFile::remove(project);
        const CliRun made = runGodwit({ QStringLiteral("project"), QStringLiteral("new"), project,
            QStringLiteral("--db"), db, QStringLiteral("--to"), to, QStringLiteral("--queries"), m_queries,
            QStringLiteral("--answers"), answers });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.out, QStringLiteral("wrote %1\n").arg(project));

        const CliRun text = runGodwit({ QStringLiteral("project"), QStringLiteral("show"), project });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("before          %1\n").arg(db)), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("after           %1 (%2)\n").arg(QDir::cleanPath(to), kind)));
        QVERIFY(text.out.contains(QStringLiteral("queries         %1\n").arg(m_queries)));
        QVERIFY(text.out.contains(QStringLiteral("last rehearsal  none\n")));

        const CliRun json = runGodwit({ QStringLiteral("project"), QStringLiteral("show"), project,
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("godwit.project"));
        QCOMPARE(o.value(u"version").toInt(), 1);
        // Relative to the project file.
        QCOMPARE(o.value(u"before").toString(), QDir(scratch({})).relativeFilePath(db));
        QCOMPARE(o.value(u"after").toObject().value(u"kind").toString(), kind);
        QVERIFY(!o.value(u"answers").toObject().value(u"changes").toObject().isEmpty());
        // The file on disk is the document `show --format json` prints.
        QCOMPARE(readText(project), json.out);
    }

    // `--project P` gives the same plan as the options it stands for.
    void planFromProject_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("orders") << m_orders << godwit::test::sampleDir() << m_ordersAnswers << 1;
        QTest::addRow("chinook") << m_chinook << m_chinookTarget << m_chinookAnswers << 1;
    }

    void planFromProject()
    {
        QFETCH(QString, db);
        QFETCH(QString, to);
        QFETCH(QString, answers);
        QFETCH(int, exitCode);
        const QString project
            = scratch(QStringLiteral("plan-%1.godwit").arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(project);
        QCOMPARE(runGodwit({ QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--db"), db,
                               QStringLiteral("--to"), to, QStringLiteral("--answers"), answers })
                     .exitCode,
            0);
        const CliRun separate = runGodwit({ QStringLiteral("plan"), db, to, QStringLiteral("--answers"), answers,
            QStringLiteral("--format"), QStringLiteral("json") });
        const CliRun fromProject = runGodwit({ QStringLiteral("plan"), QStringLiteral("--project"), project,
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(fromProject.exitCode, exitCode);
        QCOMPARE(separate.exitCode, exitCode);
        QCOMPARE(fromProject.out, separate.out);
        QCOMPARE(fromProject.err, separate.err);
        // The answers reach the plan: without them it is a different plan.
        const CliRun bare
            = runGodwit({ QStringLiteral("plan"), db, to, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(bare.out != fromProject.out);
    }

    // Chinook: the fill value in the project's answers is what lets the pre-check pass.
    void chinookFillAnswer()
    {
        const QString project = scratch(QStringLiteral("chinook-fill.godwit"));
        QFile::remove(project);
        QCOMPARE(
            runGodwit({ QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--db"), m_chinook,
                          QStringLiteral("--to"), m_chinookTarget, QStringLiteral("--answers"), m_chinookAnswers })
                .exitCode,
            0);
        const CliRun bare = runGodwit({ QStringLiteral("plan"), m_chinook, m_chinookTarget });
        QVERIFY2(bare.err.contains(QStringLiteral("the plan stops")), qPrintable(bare.err));
        const CliRun withProject = runGodwit({ QStringLiteral("plan"), QStringLiteral("--project"), project });
        QVERIFY2(!withProject.err.contains(QStringLiteral("the plan stops")), qPrintable(withProject.err));
        QVERIFY(withProject.out.contains(QStringLiteral("'Unknown'")));
    }

    // The wizard's "skip the dual-write" answer, from a project or from --answers, reaches the
    // rehearsal: old clients keep writing the old column and the new one drifts.
    void rehearseSkipsTheDualWrite_data()
    {
        QTest::addColumn<bool>("viaProject");
        QTest::addRow("--project") << true;
        QTest::addRow("--answers") << false;
    }

    void rehearseSkipsTheDualWrite()
    {
        QFETCH(bool, viaProject);
        const QString project = scratch(QStringLiteral("rehearse.godwit"));
        QFile::remove(project);
        QCOMPARE(runGodwit({ QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--db"),
                               m_orders, QStringLiteral("--to"), godwit::test::sampleDir(), QStringLiteral("--answers"),
                               m_ordersAnswers, QStringLiteral("--pace"), QStringLiteral("fastest") })
                     .exitCode,
            0);
        const QString record = scratch(QStringLiteral("rehearse-%1.json").arg(viaProject));
        QStringList arguments = viaProject
            ? QStringList { QStringLiteral("rehearse"), QStringLiteral("--project"), project }
            : QStringList { QStringLiteral("rehearse"), QStringLiteral("--db"), m_orders, QStringLiteral("--to"),
                  godwit::test::sampleDir(), QStringLiteral("--answers"), m_ordersAnswers };
        arguments << QStringLiteral("--phase-time") << QStringLiteral("300") << QStringLiteral("--rate")
                  << QStringLiteral("400") << QStringLiteral("--json") << record;
        const CliRun run = runGodwit(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
        const QJsonObject o = QJsonDocument::fromJson(readText(record).toUtf8()).object();
        QVERIFY2(o.value(u"drift_rows").toInteger() > 0, qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("verdict: ")));
        QVERIFY(run.out.contains(QStringLiteral("original: unchanged")));
    }

    void queriesRenderReview()
    {
        const QString project = scratch(QStringLiteral("all.godwit"));
        QFile::remove(project);
        QCOMPARE(
            runGodwit({ QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--db"), m_orders,
                          QStringLiteral("--to"), godwit::test::sampleDir(), QStringLiteral("--queries"), m_queries })
                .exitCode,
            0);
        // The after side is the migrations folder applied to a copy: the query that reads the
        // contracted column is broken after it.
        const CliRun queries = runGodwit({ QStringLiteral("queries"), QStringLiteral("--project"), project });
        const CliRun separate = runGodwit({ QStringLiteral("queries"), QStringLiteral("--db"), m_orders,
            QStringLiteral("--queries"), m_queries, QStringLiteral("--after"), godwit::test::sampleDir() });
        QVERIFY2(queries.exitCode == 1, qPrintable(queries.err + queries.out));
        QVERIFY2(queries.out.contains(QStringLiteral("broken")), qPrintable(queries.out));
        QCOMPARE(queries.exitCode, separate.exitCode);

        const QString svg = scratch(QStringLiteral("all.svg"));
        const CliRun render
            = runGodwit({ QStringLiteral("render"), QStringLiteral("--project"), project, QStringLiteral("-o"), svg });
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        QVERIFY(readText(svg).contains(QStringLiteral("shipping_eta")));

        const QString md = scratch(QStringLiteral("all.md"));
        const CliRun review
            = runGodwit({ QStringLiteral("review"), QStringLiteral("--project"), project, QStringLiteral("-o"), md });
        QVERIFY2(review.exitCode == 0 || review.exitCode == 1, qPrintable(review.err));
        QVERIFY(readText(md).contains(QStringLiteral("shipping_eta")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString p = scratch(QStringLiteral("bad.godwit"));
        const QByteArray good = R"({
  "format": "godwit.project",
  "version": 1,
  "before": "orders.db",
  "after": { "kind": "migrations", "path": "x" })";
        QTest::addRow("unknown key") << good + ",\n  \"x\": 1\n}" << QStringList { "plan", "--project", p }
                                     << QStringLiteral("godwit: %1:6:3: unknown key \"x\"\n").arg(p);
        QTest::addRow("newer version")
            << QByteArray(R"({ "format": "godwit.project", "version": 3 })") << QStringList { "project", "show", p }
            << QStringLiteral("godwit: %1:1:31: version 3 is newer than this Godwit reads (1); update Godwit\n").arg(p);
        QTest::addRow("--project with --answers")
            << good + "}" << QStringList { "rehearse", "--project", p, "--answers", "a.json" }
            << QStringLiteral("godwit: --project already gives --answers; leave one out\n");
        QTest::addRow("--project with schemas")
            << good + "}" << QStringList { "plan", "--project", p, "a.db" }
            << QStringLiteral("godwit: --project already names the schemas; leave out "
                              "'a.db'\n");
        QTest::addRow("missing project")
            << QByteArray()
            << QStringList { "render", "--project", scratch(QStringLiteral("none.godwit")), "-o", "x.svg" }
            << QStringLiteral("godwit: %1: no such file\n").arg(scratch(QStringLiteral("none.godwit")));
        QTest::addRow("new without --to")
            << QByteArray() << QStringList { "project", "new", p, "--db", m_orders }
            << QStringLiteral("godwit: 'godwit project new' needs --db DB and --to AFTER\n");
        QTest::addRow("new over an existing file")
            << good + "}" << QStringList { "project", "new", p, "--db", m_orders, "--to", m_chinookTarget }
            << QStringLiteral("godwit: %1: already exists (--force replaces it)\n").arg(p);
        QTest::addRow("new on a missing target") << QByteArray()
                                                 << QStringList { "project", "new", scratch(QStringLiteral("n.godwit")),
                                                        "--db", m_orders, "--to", "/no/such" }
                                                 << QStringLiteral("godwit: /no/such: no such file or folder\n");
        QTest::addRow("new on a script as database")
            << QByteArray()
            << QStringList { "project", "new", scratch(QStringLiteral("n.godwit")), "--db", m_chinookTarget, "--to",
                   m_chinookTarget }
            << QStringLiteral("godwit: %1: not a SQLite database (no SQLite header; the file may be encrypted or of "
                              "another format)\n")
                   .arg(m_chinookTarget);
        QTest::addRow("unknown action") << QByteArray() << QStringList { "project", "open", p }
                                        << QStringLiteral("godwit: unknown action 'open' (expected new or show)\n");
        QTest::addRow("queries without a query file")
            << good + "}" << QStringList { "queries", "--project", p }
            << QStringLiteral("godwit: %1: the project has no query file (godwit project new --queries Q.sql)\n")
                   .arg(p);
    }

    void refusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString p = scratch(QStringLiteral("bad.godwit"));
        QFile::remove(p);
        if (!document.isEmpty())
            QVERIFY(writeText(p, document));
        const CliRun run = runGodwit(arguments);
        QCOMPARE(run.err, error);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }

private:
    QString m_orders;
    QString m_chinook;
    QString m_chinookTarget;
    QString m_chinookAnswers;
    QString m_ordersAnswers;
    QString m_queries;
    QMap<QString, QByteArray> m_ordersFingerprint;
    QMap<QString, QByteArray> m_chinookFingerprint;
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
