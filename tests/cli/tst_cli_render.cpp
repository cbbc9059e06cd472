// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "schema/mermaidschemareader.h"
#include "testpaths.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

using godwit::test::CliRun;
using godwit::test::Dataset;
using godwit::test::runGodwit;

Q_DECLARE_METATYPE(Dataset)

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The orders sample's migrations V1..V`upTo` in one script file.
QString ordersScript(int upTo)
{
    static const QStringList files = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
        QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };
    const QString path = godwit::test::scratchDir() + QStringLiteral("/orders-V%1.sql").arg(upTo);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < upTo; ++i)
        out.write(readAll(godwit::test::sampleDir() + QLatin1Char('/') + files[i]) + "\n");
    return path;
}

QString describe(const CliRun& run) { return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err); }

} // namespace

class TestCliRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(godwit::test::godwitBinary()), "GODWIT_BIN must name the built godwit executable");
    }

    void formats_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addColumn<QString>("suffix");
        for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                 QStringLiteral("mmd"), QStringLiteral("dot") }) {
            QTest::addRow("chinook %s", qPrintable(suffix)) << Dataset::Chinook << suffix;
            QTest::addRow("northwind %s", qPrintable(suffix)) << Dataset::Northwind << suffix;
        }
        QTest::addRow("sakila png") << Dataset::Sakila << QStringLiteral("png");
    }
    // Every output format is valid for its kind, and the original database is untouched.
    void formats()
    {
        QFETCH(Dataset, dataset);
        QFETCH(QString, suffix);
        const QString db = godwit::test::datasetDatabase(dataset);
        const QByteArray hash = godwit::test::sha256(db);
        const QString out = godwit::test::screenshotPath(
            QStringLiteral("render-%1.%2").arg(godwit::test::datasetName(dataset).toLower(), suffix));
        QFile::remove(out);
        const CliRun run = runGodwit({ QStringLiteral("render"), db, QStringLiteral("-o"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(godwit::test::sha256(db), hash);
        const QByteArray data = readAll(out);
        QVERIFY(!data.isEmpty());
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(data, "PNG"));
            QVERIFY(image.width() > 300 && image.height() > 200);
        } else if (suffix == QLatin1String("svg")) {
            QXmlStreamReader xml(data);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(data.startsWith("%PDF"));
        } else if (suffix == QLatin1String("mmd")) {
            const auto schema = godwit::schema::MermaidSchemaReader::read(QString::fromUtf8(data), out);
            QVERIFY2(schema, godwit::test::why(schema).constData());
            QVERIFY(!schema->tables.isEmpty());
        } else {
            QVERIFY(data.startsWith("digraph"));
        }
    }

    void scaleDoublesThePicture()
    {
        const QString db = godwit::test::ordersV1Database();
        const QString one = godwit::test::scratchDir() + QStringLiteral("/one.png");
        const QString two = godwit::test::scratchDir() + QStringLiteral("/two.png");
        QCOMPARE(runGodwit({ QStringLiteral("render"), db, QStringLiteral("-o"), one }).exitCode, 0);
        QCOMPARE(runGodwit({ QStringLiteral("render"), db, QStringLiteral("-o"), two, QStringLiteral("--scale"),
                               QStringLiteral("2") })
                     .exitCode,
            0);
        const QImage a(one);
        const QImage b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(b.size(), a.size() * 2);
    }

    void beforeAfter_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("png") << QStringLiteral("png") << QStringList {};
        QTest::addRow("png, changed only, neato")
            << QStringLiteral("png")
            << QStringList { QStringLiteral("--changed-only"), QStringLiteral("--engine"), QStringLiteral("neato") };
        QTest::addRow("png, after side only")
            << QStringLiteral("png") << QStringList { QStringLiteral("--side"), QStringLiteral("after") };
        QTest::addRow("svg") << QStringLiteral("svg") << QStringList {};
        QTest::addRow("pdf, dark") << QStringLiteral("pdf")
                                   << QStringList { QStringLiteral("--theme"), QStringLiteral("dark") };
        QTest::addRow("mermaid") << QStringLiteral("mmd") << QStringList {};
        QTest::addRow("dot") << QStringLiteral("dot") << QStringList {};
    }
    // The orders sample before (V1) and after (V1..V4) in one picture.
    void beforeAfter()
    {
        QFETCH(QString, suffix);
        QFETCH(QStringList, extra);
        const QString out = godwit::test::screenshotPath(QStringLiteral("render-orders-diff.") + suffix);
        QFile::remove(out);
        const CliRun run = runGodwit(
            QStringList { QStringLiteral("render"), ordersScript(1), ordersScript(4), QStringLiteral("-o"), out }
            + extra);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QByteArray data = readAll(out);
        QVERIFY(!data.isEmpty());
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(data));
            QVERIFY(image.width() > image.height());
            // One side is about half as wide as both.
            const QImage both(godwit::test::screenshotPath(QStringLiteral("render-orders-both.png")));
            if (extra.contains(QLatin1String("--side")) && !both.isNull())
                QVERIFY(image.width() < both.width() * 3 / 4);
            if (extra.isEmpty())
                QVERIFY(image.save(godwit::test::screenshotPath(QStringLiteral("render-orders-both.png"))));
        } else if (suffix == QLatin1String("mmd")) {
            QVERIFY(data.contains("orders_V1") && data.contains("orders_V2"));
            QVERIFY(godwit::schema::MermaidSchemaReader::read(QString::fromUtf8(data), out));
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY(data.contains("Before") && data.contains("After"));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = godwit::test::ordersV1Database();
        const QString out = godwit::test::scratchDir() + QStringLiteral("/x.png");
        QTest::addRow("no output") << QStringList { db }
                                   << QStringLiteral("godwit: missing -o OUT (see 'godwit render --help')");
        QTest::addRow("unknown suffix") << QStringList { db, QStringLiteral("-o"), QStringLiteral("x.gif") }
                                        << QStringLiteral(
                                               "godwit: cannot tell the format from 'x.gif' (use .png, .svg, "
                                               ".pdf, .mmd or .dot, or --format)");
        QTest::addRow("unknown engine") << QStringList {
            db, QStringLiteral("-o"), out, QStringLiteral("--engine"), QStringLiteral("circo")
        } << QStringLiteral("godwit: --engine: expected one of dot, neato, fdp (got circo)");
        QTest::addRow("bad scale") << QStringList { db, QStringLiteral("-o"), out, QStringLiteral("--scale"),
            QStringLiteral("0") } << QStringLiteral("godwit: --scale must be a number from 0.25 to 8, not '0'");
        QTest::addRow("missing file") << QStringList { QStringLiteral("/nonexistent/x.db"), QStringLiteral("-o"), out }
                                      << QStringLiteral("godwit: /nonexistent/x.db: ");
        QTest::addRow("unwritable output")
            << QStringList { db, QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.png") }
            << QStringLiteral("godwit: /nonexistent/dir/x.png: cannot write the image");
        QTest::addRow("unknown side") << QStringList {
            db, db, QStringLiteral("-o"), out, QStringLiteral("--side"), QStringLiteral("left")
        } << QStringLiteral("godwit: --side: expected one of both, before, after (got left)");
        QTest::addRow("too many files") << QStringList { db, db, db, QStringLiteral("-o"), out }
                                        << QStringLiteral("godwit: unexpected argument");
    }
    // Every mistake is one line on stderr and exit status 2.
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runGodwit(QStringList { QStringLiteral("render") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }

    void helpListsTheCommand()
    {
        const CliRun run = runGodwit({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("render")));
        const CliRun help = runGodwit({ QStringLiteral("render"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QLatin1String("Usage: godwit render")));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
