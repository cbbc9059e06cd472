// SPDX-License-Identifier: GPL-3.0-or-later
// One vocabulary for choice options across the commands: a word outside the choices is one
// line, "godwit: --option: expected one of a, b, c (got x)", exit 2; --renames is
// accept|reject|ask wherever renames are decided, with "propose" kept as an alias of ask.
#include "cliprocess.h"
#include "datasets.h"

#include <QFile>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString writeScratch(const QString& name, const QString& text)
{
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + name;
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(text.toUtf8());
    return path;
}

// The orders sample before (V1) and after its rename of estimated_delivery to shipping_eta (V1..V4).
QString v1()
{
    return writeScratch(QStringLiteral("choices-v1.sql"), godwit::test::sampleScript({ "V1__orders.sql" }));
}

QString v4()
{
    return writeScratch(QStringLiteral("choices-v4.sql"),
        godwit::test::sampleScript({ "V1__orders.sql", "V2__add_shipping_eta.sql", "V3__backfill_shipping_eta.sql",
            "V4__contract_estimated_delivery.sql" }));
}

const QString kRenamesError = QStringLiteral("--renames: expected one of accept, reject, ask (got maybe)");

} // namespace

class TestCliChoices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badChoice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString a = v1();
        const QString b = v4();
        QTest::addRow("inspect --format") << QStringList { "inspect", "-f", "xml", a }
                                          << "--format: expected one of text, json, mermaid, dot (got xml)";
        QTest::addRow("diff --format") << QStringList { "diff", "--format", "png", a, b }
                                       << "--format: expected one of text, json, mermaid, dot, sql (got png)";
        QTest::addRow("diff --color") << QStringList { "diff", "--color", "rainbow", a, b }
                                      << "--color: expected one of auto, always, never (got rainbow)";
        QTest::addRow("diff --renames") << QStringList { "diff", "--renames", "maybe", a, b } << kRenamesError;
        QTest::addRow("plan --format") << QStringList { "plan", "-f", "yaml", a, b }
                                       << "--format: expected one of text, json, markdown, dot, flyway (got yaml)";
        QTest::addRow("plan --renames") << QStringList { "plan", "--renames", "maybe", a, b } << kRenamesError;
        QTest::addRow("lint --format") << QStringList { "lint", "-f", "xml", a }
                                       << "--format: expected one of text, json, sarif, github (got xml)";
        QTest::addRow("migrate --format")
            << QStringList { "migrate", "info", "-f", "xml" } << "--format: expected one of text, json (got xml)";
        QTest::addRow("queries --format")
            << QStringList { "queries", "-f", "xml" } << "--format: expected one of text, json (got xml)";
        QTest::addRow("render --format") << QStringList { "render", a, "-o", "x.png", "-f", "gif" }
                                         << "--format: expected one of png, svg, pdf, mermaid, dot (got gif)";
        QTest::addRow("render --engine") << QStringList { "render", a, "-o", "x.png", "--engine", "circo" }
                                         << "--engine: expected one of dot, neato, fdp (got circo)";
        QTest::addRow("render --direction") << QStringList { "render", a, "-o", "x.png", "--direction", "up" }
                                            << "--direction: expected one of lr, tb (got up)";
        QTest::addRow("render --theme") << QStringList { "render", a, "-o", "x.png", "--theme", "sepia" }
                                        << "--theme: expected one of light, dark (got sepia)";
        QTest::addRow("render --side") << QStringList { "render", a, b, "-o", "x.png", "--side", "left" }
                                       << "--side: expected one of both, before, after (got left)";
        QTest::addRow("render --renames")
            << QStringList { "render", a, b, "-o", "x.png", "--renames", "maybe" } << kRenamesError;
        QTest::addRow("rehearse --renames")
            << QStringList { "rehearse", "--db", "x.db", "--to", b, "--renames", "maybe" } << kRenamesError;
        QTest::addRow("review --format") << QStringList { "review", a, b, "-o", "x.html", "-f", "doc" }
                                         << "--format: expected one of html, pdf, markdown (got doc)";
        QTest::addRow("review --paper") << QStringList { "review", a, b, "-o", "x.pdf", "--paper", "a3" }
                                        << "--paper: expected one of a4, letter (got a3)";
        QTest::addRow("review --renames")
            << QStringList { "review", a, b, "-o", "x.html", "--renames", "maybe" } << kRenamesError;
    }
    // Exactly one line on stderr, nothing on stdout, exit 2: the same for every command.
    void badChoice()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("godwit: ") + message + QLatin1Char('\n'));
        QVERIFY(r.out.isEmpty());
    }

    void renamesHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : { "diff", "plan", "rehearse", "render", "review" })
            QTest::addRow("%s", command) << QString::fromLatin1(command);
    }
    // Every command that decides renames offers the same words.
    void renamesHelp()
    {
        QFETCH(QString, command);
        const CliRun r = runGodwit({ command, QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("--renames <accept|reject|ask>")), qPrintable(r.out));
        // Descriptions wrap at the terminal's width.
        QVERIFY2(r.out.simplified().contains(QLatin1String("'propose' is an older name for ask")), qPrintable(r.out));
    }

    void proposeIsAsk_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString a = v1();
        const QString b = v4();
        QTest::addRow("plan") << QStringList { "plan", a, b };
        QTest::addRow("plan json") << QStringList { "plan", "--format", "json", a, b };
        QTest::addRow("diff") << QStringList { "diff", a, b };
        QTest::addRow("diff json") << QStringList { "diff", "--format", "json", a, b };
    }
    // Scripts written for `plan --renames propose` keep their output: the same as ask, which is
    // also the default, and the rename stays a proposal (not what accept gives).
    void proposeIsAsk()
    {
        QFETCH(QStringList, arguments);
        const CliRun byDefault = runGodwit(arguments);
        const CliRun ask = runGodwit(arguments + QStringList { "--renames", "ask" });
        const CliRun propose = runGodwit(arguments + QStringList { "--renames", "propose" });
        const CliRun accept = runGodwit(arguments + QStringList { "--renames", "accept" });
        QCOMPARE(ask.exitCode, 1);
        QCOMPARE(ask.err, byDefault.err);
        QVERIFY(!ask.out.isEmpty());
        QCOMPARE(ask.out, byDefault.out);
        QCOMPARE(propose.exitCode, ask.exitCode);
        QCOMPARE(propose.out, ask.out);
        QCOMPARE(propose.err, ask.err);
        QVERIFY(accept.out != ask.out);
    }
};

QTEST_GUILESS_MAIN(TestCliChoices)
#include "tst_cli_choices.moc"
