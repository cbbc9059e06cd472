// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "project/projectjson.h"
#include "resultmessage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace godwit;
using namespace godwit::project;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(godwit::project::Project)

namespace {

// Every key set away from its default, so a key the writer or the reader forgets fails the round trip.
Project fullProject(const QString& dir)
{
    Project p;
    p.before = dir + QStringLiteral("/data/orders.db");
    p.after = dir + QStringLiteral("/migrations");
    p.afterKind = AfterKind::Migrations;
    p.renames.policy = diff::RenamePolicy::Reject;
    p.renames.accepted = { QStringLiteral("column:orders.shipping_eta") };
    p.renames.rejected = { QStringLiteral("column:customers.mail") };
    p.answers.batchSize = 250;
    p.answers.queries = { QStringLiteral("SELECT 1") };
    plan::ChangeAnswers a;
    a.skipDualWrite = true;
    a.skipDualWriteReason = QStringLiteral("no readers yet");
    a.fill = QStringLiteral("0");
    a.indexTiming = plan::IndexTiming::AfterBackfill;
    p.answers.changes.insert(QStringLiteral("column:orders.shipping_eta"), a);
    p.answers.indexes << plan::RequestedIndex { QStringLiteral("CREATE INDEX i ON orders(customer_id)"),
        { QStringLiteral("orders by customer") }, QStringLiteral("scan") };
    p.queries = dir + QStringLiteral("/queries.sql");
    p.rehearsal.rate = 350.5;
    p.rehearsal.batchSize = 2000;
    p.rehearsal.delayMs = 15;
    p.rehearsal.budgetMs = 80;
    p.rehearsal.faults = { rehearsal::Fault::SkipDualWrite, rehearsal::Fault::LongTransaction };
    p.rehearsal.pace = Pace::Classroom;
    p.lastRehearsal = QJsonObject { { QStringLiteral("format"), QStringLiteral("godwit.rehearsal") },
        { QStringLiteral("ok"), false }, { QStringLiteral("driftRows"), 1234 } };
    p.cards.before.insert(QStringLiteral("orders"), QPointF(12.5, -40));
    p.cards.after.insert(QStringLiteral("customers"), QPointF(300, 7.25));
    return p;
}

} // namespace

class TestProjectJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Project>("project");
        const QString dir = test::scratchDir();
        const Project full = fullProject(dir);
        QTest::addRow("every key") << full;
        Project minimal;
        minimal.before = dir + QStringLiteral("/orders.db");
        minimal.after = dir + QStringLiteral("/target.sql");
        minimal.afterKind = AfterKind::Script;
        QTest::addRow("defaults") << minimal;
        // One row per key: each alone away from its default.
        auto with = [&](const char* name, auto change) {
            Project p = minimal;
            change(p);
            QTest::addRow("%s", name) << p;
        };
        with("after mermaid", [&](Project& p) {
            p.after = dir + QStringLiteral("/orders.mmd");
            p.afterKind = AfterKind::Mermaid;
        });
        with("after database", [&](Project& p) {
            p.after = dir + QStringLiteral("/v2.db");
            p.afterKind = AfterKind::Database;
        });
        with("renames", [&](Project& p) { p.renames = full.renames; });
        with("answers", [&](Project& p) { p.answers = full.answers; });
        with("queries", [&](Project& p) { p.queries = full.queries; });
        with("rehearsal", [&](Project& p) { p.rehearsal = full.rehearsal; });
        with("pace fastest", [&](Project& p) { p.rehearsal.pace = Pace::Fastest; });
        with("lastRehearsal", [&](Project& p) { p.lastRehearsal = full.lastRehearsal; });
        with("cards", [&](Project& p) { p.cards = full.cards; });
        with("path outside the folder", [&](Project& p) { p.before = QStringLiteral("/elsewhere/db.sqlite"); });
    }

    void roundTrip()
    {
        QFETCH(Project, project);
        const QString path = test::scratchDir() + QStringLiteral("/p.godwit");
        const auto saved = ProjectJson::save(project, path);
        QVERIFY2(saved, test::why(saved).constData());
        const auto read = ProjectJson::readFile(path);
        QVERIFY2(read, test::why(read).constData());
        QCOMPARE(*read, project);
        // Stable text: saving what was read writes the same bytes.
        QCOMPARE(ProjectJson::write(*read, path), ProjectJson::write(project, path));
    }

    // Paths are stored relative to the project file, so the folder can move as a whole.
    void relativePaths()
    {
        const QString dir = test::scratchDir();
        const Project p = fullProject(dir + QStringLiteral("/one"));
        const QString text = ProjectJson::write(p, dir + QStringLiteral("/one/p.godwit"));
        QVERIFY2(text.contains(QStringLiteral("\"before\": \"data/orders.db\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"path\": \"migrations\"")));
        QVERIFY(text.contains(QStringLiteral("\"queries\": \"queries.sql\"")));
        QVERIFY(!text.contains(dir));
        // Read from another folder: the paths follow the project file.
        const auto moved = ProjectJson::read(text.toUtf8(), QStringLiteral("/moved/p.godwit"));
        QVERIFY2(moved, test::why(moved).constData());
        QCOMPARE(moved->before, QStringLiteral("/moved/data/orders.db"));
        QCOMPARE(moved->after, QStringLiteral("/moved/migrations"));
        QCOMPARE(moved->queries, QStringLiteral("/moved/queries.sql"));
        // A project beside its database stores a bare name; one in a sub-folder climbs with "..".
        Project beside = p;
        beside.before = dir + QStringLiteral("/db.sqlite");
        QVERIFY(ProjectJson::write(beside, dir + QStringLiteral("/sub/p.godwit"))
                    .contains(QStringLiteral("\"before\": \"../db.sqlite\"")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = "{\n  \"format\": \"godwit.project\",\n  \"version\": 1,\n  \"before\": \"a.db\",\n"
                                "  \"after\": { \"kind\": \"sql\", \"path\": \"b.sql\" }";
        QTest::addRow("unknown key") << head + ",\n  \"x\": 1\n}" << u"p.godwit:6:3: unknown key \"x\""_s;
        QTest::addRow("unknown nested key") << head + ",\n  \"rehearsal\": { \"rate\": 5, \"speed\": 2 }\n}"
                                            << u"p.godwit:6:29: unknown key \"speed\" in \"rehearsal\""_s;
        QTest::addRow("newer version")
            << QByteArray("{ \"format\": \"godwit.project\", \"version\": 2, \"before\": \"a.db\" }")
            << u"p.godwit:1:31: version 2 is newer than this Godwit reads (1); update Godwit"_s;
        QTest::addRow("wrong format") << QByteArray("{ \"format\": \"godwit.answers\", \"version\": 1 }")
                                      << u"p.godwit:1:3: \"format\" must be \"godwit.project\""_s;
        QTest::addRow("not JSON") << QByteArray("{\n  \"format\": \n}")
                                  << u"p.godwit:3:2: object is missing after a comma"_s;
        QTest::addRow("not an object") << QByteArray("[1]")
                                       << u"p.godwit:1:1: expected a JSON object (a godwit.project file)"_s;
        QTest::addRow("no before") << QByteArray("{ \"format\": \"godwit.project\", \"version\": 1 }")
                                   << u"p.godwit:1:1: \"before\" must name the database (a path)"_s;
        QTest::addRow("bad after kind") << QByteArray("{ \"format\": \"godwit.project\", \"version\": 1, \"before\": "
                                                      "\"a\", \"after\": { \"kind\": \"csv\", \"path\": \"b\" } }")
                                        << u"p.godwit:1:71: \"after\": \"kind\" must be database, sql, mermaid or "
                                           u"migrations"_s;
        QTest::addRow("bad pace") << head + ",\n  \"rehearsal\": { \"pace\": \"slow\" }\n}"
                                  << u"p.godwit:6:18: \"rehearsal\": \"pace\" must be classroom, realistic or "
                                     u"fastest"_s;
        QTest::addRow("negative rate") << head + ",\n  \"rehearsal\": { \"rate\": -1 }\n}"
                                       << u"p.godwit:6:18: \"rehearsal\": \"rate\" must be a number of at least 0"_s;
        QTest::addRow("unknown fault") << head + ",\n  \"rehearsal\": { \"faults\": [\"oops\"] }\n}"
                                       << u"p.godwit:6:18: \"rehearsal\": unknown fault \"oops\" (expected one of "
                                          u"crash-mid-backfill, skip-dual-write, early-read-switch, early-contract, "
                                          u"long-transaction)"_s;
        QTest::addRow("bad answers") << head + ",\n  \"answers\": { \"format\": \"godwit.answers\", \"version\": 7 }\n}"
                                     << u"p.godwit:6:3: answers: only version 1 is supported"_s;
        QTest::addRow("bad card") << head + ",\n  \"cards\": { \"before\": { \"t\": [1] } }\n}"
                                  << u"p.godwit:6:26: \"cards\": \"t\" must be [x, y]"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto read = ProjectJson::read(json, QStringLiteral("p.godwit"));
        QVERIFY(!read);
        QCOMPARE(read.error().toString(), error);
    }

    void missingFile()
    {
        const auto read = ProjectJson::readFile(test::scratchDir() + QStringLiteral("/none.godwit"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::FileNotFound);
    }

    // The document the docs describe: every key the writer emits is documented in docs/project.md.
    void documented()
    {
        QFile doc(QStringLiteral(GODWIT_TEST_SOURCE_DIR "/../docs/project.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QJsonObject root = QJsonDocument::fromJson(
            ProjectJson::write(fullProject(QStringLiteral("/p")), QStringLiteral("/p/x.godwit")).toUtf8())
                                     .object();
        QStringList keys = root.keys();
        for (const QString& nested : { QStringLiteral("after"), QStringLiteral("renames"), QStringLiteral("rehearsal"),
                 QStringLiteral("cards") })
            keys += root.value(nested).toObject().keys();
        for (const QString& key : keys)
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(key)), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestProjectJson)
#include "tst_projectjson.moc"
