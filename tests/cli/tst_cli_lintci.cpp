// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit lint --format sarif|github`: the SARIF validates against a SARIF 2.1.0
// schema (python3-jsonschema, a Debian package `make deps` installs), has the rule catalogue
// with help text and one result per finding with its file and line; the GitHub form is one
// workflow annotation line per finding.
#include "cliprocess.h"
#include "datasets.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

QString writeFile(const QString& name, const QString& text)
{
    const QString path = scratch(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(text.toUtf8());
    return path;
}

// Findings of several rules, an error among them, and a comma and a colon in a file name.
QString migrationFolder()
{
    QDir().mkpath(scratch(QStringLiteral("mig")));
    writeFile(QStringLiteral("mig/V1__base.sql"),
        QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT, total REAL);\n"
                       "CREATE TABLE items (id INTEGER PRIMARY KEY, order_id INTEGER);\n"));
    writeFile(QStringLiteral("mig/V2__change,it:now.sql"),
        QStringLiteral("ALTER TABLE orders DROP COLUMN note;\n"
                       "ALTER TABLE orders ADD COLUMN status TEXT NOT NULL;\n"
                       "DROP TABLE items;\n"
                       "ALTER TABLE orders RENAME COLUMN total TO amount;\n"));
    return scratch(QStringLiteral("mig"));
}

} // namespace

class TestCliLintCi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sarifValidatesAgainstTheSchema()
    {
        const QString folder = migrationFolder();
        const CliRun json
            = runGodwit({ QStringLiteral("lint"), folder, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 1);
        const QJsonArray findings
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 3);
        const CliRun sarif
            = runGodwit({ QStringLiteral("lint"), folder, QStringLiteral("--format"), QStringLiteral("sarif") });
        QCOMPARE(sarif.exitCode, 1);
        QVERIFY(sarif.err.isEmpty());
        const QString path = writeFile(QStringLiteral("lint.sarif"), sarif.out);

        // Validated by a real JSON-schema validator (Draft 4): against Godwit's schema of the SARIF
        // objects it writes, and against the full OASIS schema too where the shared folder has it.
        QStringList schemas {
            QDir(godwit::test::testDataDir()).filePath(QStringLiteral("sarif/sarif-2.1.0-subset.schema.json"))
        };
        const QString official
            = QDir(godwit::test::sharedDir()).filePath(QStringLiteral("reference/sarif-schema-2.1.0.json"));
        if (QFile::exists(official))
            schemas << official;
        for (const QString& schema : std::as_const(schemas)) {
            QVERIFY(QFile::exists(schema));
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                { QStringLiteral("-c"),
                    QStringLiteral("import json, sys, jsonschema\n"
                                   "schema = json.load(open(sys.argv[1]))\n"
                                   "doc = json.load(open(sys.argv[2]))\n"
                                   "errors = list(jsonschema.Draft4Validator(schema).iter_errors(doc))\n"
                                   "for e in errors: print(list(e.path), e.message)\n"
                                   "sys.exit(1 if errors else 0)\n"),
                    schema, path });
            QVERIFY2(python.waitForStarted(), "/usr/bin/python3 is missing: run make deps");
            QVERIFY(python.waitForFinished(60000));
            const QString problems = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
            QVERIFY2(
                !problems.contains(QLatin1String("No module named")), "python3-jsonschema is missing: run make deps");
            QVERIFY2(python.exitCode() == 0, qPrintable(schema + QLatin1Char(' ') + problems));
        }

        const QJsonObject run = QJsonDocument::fromJson(sarif.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("runs"))
                                    .toArray()
                                    .first()
                                    .toObject();
        const QJsonArray rules = run.value(QStringLiteral("tool"))
                                     .toObject()
                                     .value(QStringLiteral("driver"))
                                     .toObject()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        QVERIFY(rules.size() >= 10);
        for (const QJsonValue& r : rules) {
            QVERIFY(!r.toObject()
                         .value(QStringLiteral("help"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());
            QVERIFY(!r.toObject()
                         .value(QStringLiteral("shortDescription"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());
        }
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), findings.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results[i].toObject();
            const QJsonObject finding = findings[i].toObject();
            QCOMPARE(
                result.value(QStringLiteral("ruleId")).toString(), finding.value(QStringLiteral("code")).toString());
            const QJsonObject location = result.value(QStringLiteral("locations"))
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("physicalLocation"))
                                             .toObject();
            QVERIFY(!location.value(QStringLiteral("artifactLocation"))
                         .toObject()
                         .value(QStringLiteral("uri"))
                         .toString()
                         .isEmpty());
            QCOMPARE(location.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(),
                finding.value(QStringLiteral("line")).toInt());
            const int ruleIndex = result.value(QStringLiteral("ruleIndex")).toInt();
            QCOMPARE(rules[ruleIndex].toObject().value(QStringLiteral("id")).toString(),
                finding.value(QStringLiteral("code")).toString());
        }
    }

    void githubAnnotations()
    {
        const QString folder = migrationFolder();
        const CliRun json
            = runGodwit({ QStringLiteral("lint"), folder, QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray findings
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        const CliRun github
            = runGodwit({ QStringLiteral("lint"), folder, QStringLiteral("--format"), QStringLiteral("github") });
        QCOMPARE(github.exitCode, 1);
        const QStringList lines = github.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), findings.size());
        static const QRegularExpression annotation(QStringLiteral(
            R"(^::(error|warning|notice) file=([^,:]+),line=(\d+)(?:,col=(\d+))?,title=(GW\d{3})::(.+)$)"));
        bool sawError = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = annotation.match(lines[i]);
            QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
            const QJsonObject f = findings[i].toObject();
            const QString severity = f.value(QStringLiteral("severity")).toString();
            QCOMPARE(m.captured(1), severity == QLatin1String("info") ? QStringLiteral("notice") : severity);
            sawError = sawError || m.captured(1) == QLatin1String("error");
            // ':' and ',' in a property are escaped, so the file name survives.
            QCOMPARE(QString(m.captured(2))
                         .replace(QStringLiteral("%2C"), QStringLiteral(","))
                         .replace(QStringLiteral("%3A"), QStringLiteral(":")),
                f.value(QStringLiteral("file")).toString());
            QCOMPARE(m.captured(3).toInt(), f.value(QStringLiteral("line")).toInt());
            QCOMPARE(m.captured(5), f.value(QStringLiteral("code")).toString());
            QVERIFY(m.captured(6).startsWith(f.value(QStringLiteral("message")).toString()));
            QVERIFY(m.captured(6).contains(QLatin1String("%0AFix: ")));
        }
        QVERIFY(sawError);
    }

    void unknownFormat()
    {
        const CliRun r = runGodwit(
            { QStringLiteral("lint"), migrationFolder(), QStringLiteral("--format"), QStringLiteral("xml") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("godwit: --format: expected one of text, json, sarif, github (got xml)\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliLintCi)
#include "tst_cli_lintci.moc"
