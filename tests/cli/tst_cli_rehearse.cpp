// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit rehearse`: exit codes, the status line, the JSON record and every usage error (killed
// and resumed rehearsals: tst_cli_killresume).
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
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

namespace {

// One scratch folder for the whole suite: scratchDir() gives a new one on every call.
QString scratch(const QString& name)
{
    static const QString dir = godwit::test::scratchDir();
    return QDir(dir).filePath(name);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestCliRehearse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        godwit::sample::OrdersGenerator::Options options;
        options.orders = 20000;
        m_db = scratch(QStringLiteral("orders.db"));
        QVERIFY(godwit::sample::OrdersGenerator::generate(m_db, options));
        // The seed's target schema as one script: V1 to V4 applied in order.
        QFile after(scratch(QStringLiteral("after.sql")));
        QVERIFY(after.open(QIODevice::WriteOnly));
        for (const char* name :
            { "V1__orders.sql", "V2__add_shipping_eta.sql", "V4__contract_estimated_delivery.sql" }) {
            QFile part(QDir(godwit::test::sampleDir()).filePath(QString::fromLatin1(name)));
            QVERIFY(part.open(QIODevice::ReadOnly));
            after.write(part.readAll() + "\n");
        }
        m_after = after.fileName();
    }

    void verdicts_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addRow("seed migration") << QStringList {} << 0 << QStringLiteral("ok");
        QTest::addRow("skip dual-write") << QStringList { QStringLiteral("--fault"), QStringLiteral("skip-dual-write") }
                                         << 1 << QStringLiteral("failed");
        QTest::addRow("adaptive batches, two faults")
            << QStringList { QStringLiteral("--batch-time"), QStringLiteral("5"), QStringLiteral("--fault"),
                   QStringLiteral("early-read-switch"), QStringLiteral("--fault"), QStringLiteral("long-transaction") }
            << 1 << QStringLiteral("failed");
    }

    void verdicts()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const auto before = godwit::test::databaseFingerprint(m_db);
        const QString copy = scratch(QStringLiteral("copy-%1.db")
                                         .arg(QString::fromLatin1(QTest::currentDataTag()))
                                         .replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString json = copy + QStringLiteral(".json");
        const CliRun r = runGodwit(
            QStringList { QStringLiteral("rehearse"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                godwit::test::sampleDir(), QStringLiteral("--copy"), copy, QStringLiteral("--json"), json,
                QStringLiteral("--phase-time"), QStringLiteral("150"), QStringLiteral("--rate"), QStringLiteral("300") }
            + options);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + r.out));
        // The gh-ost status line, one line a second when stderr is not a terminal, and a last one at the end.
        static const QRegularExpression status(
            QStringLiteral("^Copy: \\d+/\\d+ \\d+\\.\\d%; Applied: \\d+; Backfill rate: [\\d,]+ rows/s; Lag/latency "
                           "p99: [\\d.]+ ms; State: .+; ETA: \\S+$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(status.match(r.err).hasMatch(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("verdict: ") + verdict));
        const QJsonObject record = readJson(json);
        QCOMPARE(record.value(QStringLiteral("format")).toString(), QStringLiteral("godwit.rehearsal"));
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), verdict);
        QVERIFY(record.value(QStringLiteral("original")).toObject().value(QStringLiteral("unchanged")).toBool());
        const QJsonArray phases = record.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 6);
        for (const QJsonValue& p : phases)
            QVERIFY(p.toObject().contains(QStringLiteral("drift_rows")));
        // Each drift and NULL-read incident carries the first rows behind it: key, old and new value.
        int sampled = 0;
        for (const QJsonValue& v : record.value(QStringLiteral("incidents")).toArray()) {
            const QJsonObject incident = v.toObject();
            const QString kind = incident.value(QStringLiteral("kind")).toString();
            if (kind != QLatin1String("drift") && kind != QLatin1String("null-reads"))
                continue;
            QVERIFY2(incident.value(QStringLiteral("rows_sql")).toString().startsWith(QStringLiteral("SELECT ")),
                qPrintable(kind));
            const QJsonArray samples = incident.value(QStringLiteral("samples")).toArray();
            QVERIFY(samples.size() <= 5);
            for (const QJsonValue& s : samples) {
                const QJsonObject row = s.toObject();
                QVERIFY(!row.value(QStringLiteral("key")).isNull());
                QCOMPARE(row.value(QStringLiteral("table")).toString(), QStringLiteral("orders"));
                if (kind == QLatin1String("drift"))
                    QVERIFY(row.value(QStringLiteral("old")) != row.value(QStringLiteral("new")));
                else
                    QVERIFY(row.value(QStringLiteral("new")).isNull() && !row.value(QStringLiteral("old")).isNull());
                ++sampled;
            }
        }
        // Skipping the dual-write leaves rows that disagree: the record shows some of them.
        if (QByteArray(QTest::currentDataTag()) == "skip dual-write")
            QVERIFY2(
                sampled > 0, QJsonDocument(record.value(QStringLiteral("incidents")).toArray()).toJson().constData());
        QCOMPARE(godwit::test::databaseFingerprint(m_db), before);
    }

    void planFile()
    {
        const QString plan = scratch(QStringLiteral("plan.json"));
        const CliRun planned
            = runGodwit({ QStringLiteral("plan"), m_db, m_after, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--renames"), QStringLiteral("accept"), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0 || planned.exitCode == 1, qPrintable(planned.err));
        const CliRun r = runGodwit({ QStringLiteral("rehearse"), QStringLiteral("--db"), m_db, QStringLiteral("--plan"),
            plan, QStringLiteral("--copy"), scratch(QStringLiteral("from-plan.db")), QStringLiteral("--phase-time"),
            QStringLiteral("100"), QStringLiteral("--json"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject record = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QCOMPARE(record.value(QStringLiteral("drift_rows")).toInt(-1), 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = scratch(QStringLiteral("orders.db"));
        const QString sample = godwit::test::sampleDir();
        QTest::addRow("no database") << QStringList { QStringLiteral("--to"), sample }
                                     << "godwit: --db FILE is required";
        QTest::addRow("no plan") << QStringList { QStringLiteral("--db"), db } << "godwit: give exactly one of --plan";
        QTest::addRow("two plans") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), sample,
            QStringLiteral("--plan"), QStringLiteral("p.json") }
                                   << "godwit: give exactly one of --plan";
        QTest::addRow("two batch modes") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), sample,
            QStringLiteral("--batch"), QStringLiteral("10"), QStringLiteral("--batch-time"), QStringLiteral("5") }
                                         << "godwit: --batch and --batch-time exclude each other";
        QTest::addRow("unknown fault") << QStringList {
            QStringLiteral("--db"), db, QStringLiteral("--to"), sample, QStringLiteral("--fault"),
            QStringLiteral("meteor")
        } << "godwit: unknown fault 'meteor' (expected one of crash-mid-backfill, skip-dual-write";
        QTest::addRow("bad rate") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), sample,
            QStringLiteral("--rate"), QStringLiteral("fast") }
                                  << "godwit: --rate needs a number";
        QTest::addRow("rows on an existing file") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"),
            sample, QStringLiteral("--rows"), QStringLiteral("10") }
                                                  << QStringLiteral("godwit: %1: already exists").arg(db);
        QTest::addRow("resume without copy")
            << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), sample, QStringLiteral("--resume") }
            << "godwit: --resume needs --copy PATH";
        QTest::addRow("resume a missing copy")
            << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), sample, QStringLiteral("--resume"),
                   QStringLiteral("--copy"), scratch(QStringLiteral("nowhere.db")) }
            << QStringLiteral("godwit: %1: no rehearsal to resume").arg(scratch(QStringLiteral("nowhere.db")));
        QTest::addRow("missing plan file") << QStringList {
            QStringLiteral("--db"), db, QStringLiteral("--plan"), scratch(QStringLiteral("none.json"))
        } << QStringLiteral("godwit: %1: no such file").arg(scratch(QStringLiteral("none.json")));
        QTest::addRow("missing database") << QStringList { QStringLiteral("--db"), scratch(QStringLiteral("none.db")),
            QStringLiteral("--to"), sample }
                                          << QStringLiteral("godwit: %1:").arg(scratch(QStringLiteral("none.db")));
        QTest::addRow("same schema") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--to"), db }
                                     << "godwit: nothing to rehearse";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runGodwit(QStringList { QStringLiteral("rehearse") } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

private:
    QString m_db;
    QString m_after;
};

QTEST_GUILESS_MAIN(TestCliRehearse)
#include "tst_cli_rehearse.moc"
