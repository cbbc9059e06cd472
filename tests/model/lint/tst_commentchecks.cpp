// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "lint/commentchecks.h"
#include "lint/linter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using godwit::lint::CommentChecks;
using godwit::lint::LintFinding;

// GW013: comments where what a reader sees and what SQLite runs part ways.
class TestCommentChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // "line:col message-fragment", empty: no finding
        QTest::addRow("cr in a line comment") << QStringLiteral("CREATE TABLE a (x);\n-- note\rDROP TABLE victim;\n")
                                              << QStringLiteral("2:8 a -- comment holds \\r");
        QTest::addRow("form feed in a line comment")
            << QStringLiteral("-- a\fDROP TABLE victim;\nSELECT 1;") << QStringLiteral("1:5 holds \\x0c");
        QTest::addRow("line separator in a line comment")
            << QStringLiteral("SELECT 1; -- a\u2028DROP TABLE victim;") << QStringLiteral("1:15 holds \\u2028");
        QTest::addRow("NEL in a line comment") << QStringLiteral("-- a\u0085b") << QStringLiteral("1:5 holds \\u0085");
        QTest::addRow("bidi override") << QStringLiteral("/* \u202e;1 = x */ SELECT 1;")
                                       << QStringLiteral("1:4 bidi control \\u202e");
        QTest::addRow("nested block comment")
            << QStringLiteral("/* outer /* inner */ DROP TABLE victim; */") << QStringLiteral("1:10 holds another /*");
        QTest::addRow("statement on a later line of a block comment")
            << QStringLiteral("CREATE TABLE a (x);\n/* disabled:\nDROP TABLE victim;\n*/\n")
            << QStringLiteral("3:1 reads as a statement but never runs: \"DROP TABLE victim;\"");
        QTest::addRow("decorated block comment line") << QStringLiteral("/*\n * delete from victim where v > 1;\n */")
                                                      << QStringLiteral("2:1 reads as a statement");
        QTest::addRow("unclosed block comment")
            << QStringLiteral("CREATE TABLE a (x);\n/* the rest\nDROP TABLE victim;\n")
            << QStringLiteral("2:1 never closed");

        // What ordinary comments look like: no finding.
        QTest::addRow("crlf line endings")
            << QStringLiteral("-- note\r\nCREATE TABLE a (x);\r\n-- more\r\n") << QString();
        QTest::addRow("trailing cr only") << QStringLiteral("-- note\r") << QString();
        QTest::addRow("prose in a block comment")
            << QStringLiteral("/* Adds the column; see the\n   design notes for why. */\nSELECT 1;") << QString();
        QTest::addRow("statement on the opening line")
            << QStringLiteral("/* DROP TABLE old; */ SELECT 1;") << QString();
        QTest::addRow("sql keyword without semicolon")
            << QStringLiteral("/*\n  create the index after the backfill\n*/") << QString();
        QTest::addRow("comment markers in strings")
            << QStringLiteral("SELECT '/* x', '-- y\r z', \"a/*b\";") << QString();
        QTest::addRow("line comment with a block opener") << QStringLiteral("-- see /* below\nSELECT 1;") << QString();
        QTest::addRow("unicode prose") << QStringLiteral("-- Größe ✓ 表\nSELECT 1;") << QString();
    }
    void findings()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QList<LintFinding> found = CommentChecks::check(sql, QStringLiteral("V1__x.sql"));
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
            return;
        }
        QCOMPARE(found.size(), 1);
        const LintFinding& f = found.first();
        QCOMPARE(f.code, QStringLiteral("GW013"));
        QCOMPARE(QStringLiteral("%1:%2").arg(f.line).arg(f.column), expected.section(u' ', 0, 0));
        QVERIFY2(f.message.contains(expected.section(u' ', 1)), qPrintable(f.message));
        QVERIFY2(!f.toString().contains(u'\n') && !f.toString().contains(u'\r'), qPrintable(f.toString()));
    }

    // Precision: the bundled sample and the shared datasets are ordinary SQL with many comments.
    void noFindingsOnRealScripts_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& f : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("*.sql") }, QDir::Files))
            QTest::addRow("%s", qPrintable(f)) << QDir(godwit::test::sampleDir()).filePath(f);
        for (auto d :
            { godwit::test::Dataset::Chinook, godwit::test::Dataset::Northwind, godwit::test::Dataset::Sakila })
            QTest::addRow("%s", qPrintable(godwit::test::datasetName(d))) << godwit::test::datasetSqlPath(d);
        const QString postgres = QFileInfo(godwit::test::datasetSqlPath(godwit::test::Dataset::Chinook))
                                     .dir()
                                     .filePath(QStringLiteral("chinook-postgres.sql"));
        if (QFile::exists(postgres))
            QTest::addRow("chinook-postgres") << postgres;
    }
    void noFindingsOnRealScripts()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QList<LintFinding> found = CommentChecks::check(QString::fromUtf8(file.readAll()), path);
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
    }

    // The linter runs the check on every file and the finding can be silenced like the others.
    void linterReportsIt()
    {
        auto report = godwit::lint::Linter::lintScripts(
            { { QStringLiteral("V1__x.sql"), QStringLiteral("CREATE TABLE a (x);\n-- note\rDROP TABLE a;\n") } }, {});
        QVERIFY(report);
        QVERIFY(std::ranges::any_of(report->findings, [](const LintFinding& f) { return f.code == u"GW013"; }));
    }
};

QTEST_GUILESS_MAIN(TestCommentChecks)
#include "tst_commentchecks.moc"
