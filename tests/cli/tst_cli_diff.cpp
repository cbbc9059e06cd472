// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString writeScript(const QString& name, const QStringList& sampleFiles, const QString& extra = {})
{
    QString text;
    for (const QString& f : sampleFiles) {
        QFile file(godwit::test::sampleDir() + QLatin1Char('/') + f);
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write((text + extra).toUtf8());
    return path;
}

const QStringList kV1 = { QStringLiteral("V1__orders.sql") };
const QStringList kV4 = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
    QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noDifferencesExitsZero()
    {
        const QString db = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        const auto before = godwit::test::databaseFingerprint(db);
        const CliRun r = runGodwit({ QStringLiteral("diff"), db, db });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("No differences.")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void seedRename_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("renames");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text, proposals") << "text"
                                         << "ask"
                                         << "→ column estimated_delivery → shipping_eta  (rename proposed";
        QTest::addRow("text, rejected") << "text"
                                        << "reject"
                                        << "- column estimated_delivery";
        QTest::addRow("sql, accepted")
            << "sql"
            << "accept"
            << "SELECT rowid, order_id, customer_id, status, total_amount, created_at, estimated_delivery FROM orders;";
        QTest::addRow("mermaid") << "mermaid"
                                 << "accept"
                                 << "orders_V2 ||--o{ order_items";
        QTest::addRow("dot") << "dot"
                             << "accept"
                             << "digraph";
    }
    void seedRename()
    {
        QFETCH(QString, format);
        QFETCH(QString, renames);
        QFETCH(QString, expected);
        const QString v1 = writeScript(QStringLiteral("v1.sql"), kV1);
        const QString v4 = writeScript(QStringLiteral("v4.sql"), kV4);
        const CliRun r = runGodwit({ QStringLiteral("diff"), QStringLiteral("--format"), format,
            QStringLiteral("--renames"), renames, v1, v4 });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void jsonIsDocumentedShape()
    {
        const CliRun r = runGodwit({ QStringLiteral("diff"), QStringLiteral("-f"), QStringLiteral("json"),
            writeScript(QStringLiteral("v1.sql"), kV1), writeScript(QStringLiteral("v4.sql"), kV4) });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("godwit.diff"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject change = root.value(QStringLiteral("changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("id")).toString(), QStringLiteral("column:orders.shipping_eta"));
        QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("renamed"));
        QCOMPARE(change.value(QStringLiteral("oldName")).toString(), QStringLiteral("estimated_delivery"));
        QCOMPARE(change.value(QStringLiteral("proposal")).toBool(), true);
        QCOMPARE(change.value(QStringLiteral("impact")).toString(), QStringLiteral("breaking-for-readers"));
        QCOMPARE(change.value(QStringLiteral("capability")).toString(), QStringLiteral("rebuild"));
        // Keys come in the documented order, not alphabetically.
        QVERIFY(r.out.indexOf(QLatin1String("\"format\"")) < r.out.indexOf(QLatin1String("\"changes\"")));
        QVERIFY(r.out.indexOf(QLatin1String("\"id\"")) < r.out.indexOf(QLatin1String("\"change\"")));
    }

    void forwardSqlMigratesAcopy()
    {
        // Apply `diff --format sql` to a database holding V1 data: the result reads as V4.
        const QString v1 = writeScript(QStringLiteral("v1.sql"), kV1);
        const QString v4 = writeScript(QStringLiteral("v4.sql"), kV4);
        const CliRun sql = runGodwit({ QStringLiteral("diff"), QStringLiteral("-f"), QStringLiteral("sql"),
            QStringLiteral("--renames"), QStringLiteral("accept"), v1, v4 });
        QCOMPARE(sql.exitCode, 1);
        const QString db = godwit::test::scratchDir() + QStringLiteral("/orders.db");
        QCOMPARE(runGodwit({ QStringLiteral("sample"), QStringLiteral("orders"), QStringLiteral("--rows"),
                               QStringLiteral("200"), db })
                     .exitCode,
            0);
        {
            auto conn = godwit::sqlite::Database::openWritable(db);
            QVERIFY(conn);
            QVERIFY2(conn->executeScript(sql.out, QStringLiteral("forward.sql")), qPrintable(sql.out));
            QCOMPARE(
                conn->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE shipping_eta IS NOT NULL"))->toInt(),
                200);
            QCOMPARE(conn->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        }
        const CliRun check = runGodwit({ QStringLiteral("diff"), db, v4 });
        QCOMPARE(check.exitCode, 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrStart");
        const QString bad = writeScript(
            QStringLiteral("bad.sql"), {}, QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y REFERENCES);\n"));
        const QString good = writeScript(QStringLiteral("good.sql"), kV1);
        QTest::addRow("missing before") << QStringList { QStringLiteral("diff"), QStringLiteral("/nonexistent/a.db"),
            good } << "godwit: /nonexistent/a.db: no such file";
        QTest::addRow("malformed after") << QStringList { QStringLiteral("diff"), good, bad }
                                         << QStringLiteral("godwit: %1:2:").arg(bad);
        QTest::addRow("one argument") << QStringList { QStringLiteral("diff"), good } << "godwit: missing argument";
        QTest::addRow("bad format") << QStringList { QStringLiteral("diff"), QStringLiteral("-f"),
            QStringLiteral("png"), good, good }
                                    << "godwit: --format: expected one of text, json, mermaid, dot, sql (got png)\n";
        QTest::addRow("bad renames") << QStringList { QStringLiteral("diff"), QStringLiteral("--renames"),
            QStringLiteral("maybe"), good, good }
                                     << "godwit: --renames: expected one of accept, reject, ask (got maybe)\n";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrStart);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(stderrStart), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
