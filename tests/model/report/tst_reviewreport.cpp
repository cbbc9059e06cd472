// SPDX-License-Identifier: GPL-3.0-or-later
// The review document's model: summary counts and the findings that make `godwit review` exit 1,
// the point of no return, the charts' axes, SVG made fit for inline HTML, Markdown cells.
#include "diff/schemadiff.h"
#include "plan/planbuilder.h"
#include "planfixture.h"
#include "report/htmlreviewwriter.h"
#include "report/markdownreviewwriter.h"
#include "report/reviewcharts.h"
#include "report/reviewreport.h"
#include "report/reviewsections.h"

#include <QTest>

using namespace godwit;
using namespace godwit::report;

namespace {

ReviewReport reportFor(const QString& before, const QString& after)
{
    ReviewReport r;
    r.changes = diff::SchemaDiff::compare(test::schemaFromScript(before, QStringLiteral("before.sql")),
        test::schemaFromScript(after, QStringLiteral("after.sql")));
    r.plan = plan::PlanBuilder::build(r.changes);
    return r;
}

const QString Orders = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT, total REAL);\n");

} // namespace

class TestReviewReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointOfNoReturn_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("phase"); // empty: none
        QTest::addRow("add column: nothing lost")
            << QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT, total REAL, status TEXT);\n")
            << QString();
        QTest::addRow("add index: nothing lost")
            << Orders + QStringLiteral("CREATE INDEX orders_total ON orders(total);\n") << QString();
        QTest::addRow("drop column: the contract")
            << QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL);\n")
            << QStringLiteral("contract");
        QTest::addRow("drop table: the contract")
            << QStringLiteral("CREATE TABLE other (id INTEGER PRIMARY KEY);\n") << QStringLiteral("contract");
    }

    void pointOfNoReturn()
    {
        QFETCH(QString, after);
        QFETCH(QString, phase);
        const ReviewReport r = reportFor(Orders, after);
        QVERIFY(!r.plan.isEmpty());
        const plan::PlanStep* step = r.pointOfNoReturn();
        QCOMPARE(step ? plan::phaseName(step->phase) : QString(), phase);
        if (step) // the first such step in execution order
            QCOMPARE(r.plan.steps.indexOf(*step), r.plan.steps.indexOf(*r.plan.stepsIn(step->phase).front()));
    }

    void summaryCountsAndFindings()
    {
        ReviewReport r = reportFor(
            Orders, QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT NOT NULL, total REAL);\n"));
        ReviewSummary s = r.summary();
        QCOMPARE(s.changes, int(r.changes.changes.size()));
        QCOMPARE(s.additive + s.breaksReaders + s.breaksWriters + s.destructive, s.changes);
        QCOMPARE(s.rebuilds, 1); // NOT NULL on an existing column: the 12-step rebuild
        QCOMPARE(s.steps, int(r.plan.steps.size()));
        QVERIFY(!s.hasFindings());
        QCOMPARE(s.rehearsalVerdict(), QStringLiteral("not rehearsed"));

        r.preChecks << PreCheck { {}, 3, {} } << PreCheck { {}, 0, {} } << PreCheck { {}, -1, QStringLiteral("x") };
        s = r.summary();
        QCOMPARE(s.preChecksFailed, 1);
        QVERIFY(s.hasFindings());
        r.preChecks.clear();
        lint::LintFinding error;
        error.severity = lint::Severity::Error;
        lint::LintFinding warning;
        r.lint.findings << warning;
        QVERIFY(!r.summary().hasFindings()); // warnings are for the meeting, not a failure
        r.lint.findings << error;
        QCOMPARE(r.summary().lintErrors, 1);
        QVERIFY(r.summary().hasFindings());
        r.lint.findings.clear();
        r.rehearsal = ReviewRehearsal {};
        QCOMPARE(r.summary().rehearsalVerdict(), QStringLiteral("failed"));
        QVERIFY(r.summary().hasFindings());
        r.rehearsal->result.ok = true;
        QVERIFY(!r.summary().hasFindings());
    }

    void sectionsFollowWhatRan()
    {
        ReviewReport r = reportFor(Orders, Orders + QStringLiteral("CREATE INDEX i ON orders(total);\n"));
        QCOMPARE(sectionsOf(r).size(), 8);
        QVERIFY(!sectionsOf(r).contains(Section::Rehearsal));
        r.rehearsal = ReviewRehearsal {};
        r.queries = queries::QueryReport {};
        QCOMPARE(sectionsOf(r).size(), 10);
        QCOMPARE(sectionsOf(r).back(), Section::SignOff);
        const QList<ReviewSection> sections = ReviewSections::build(r);
        QCOMPARE(sections.size(), 10);
        for (const ReviewSection& s : sections)
            QVERIFY2(!s.blocks.isEmpty(), qPrintable(s.title));
    }

    void niceCeiling_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("ceiling");
        QTest::addRow("zero") << 0.0 << 1.0;
        QTest::addRow("0.3") << 0.3 << 0.5;
        QTest::addRow("1") << 1.0 << 1.0;
        QTest::addRow("1.01") << 1.01 << 2.0;
        QTest::addRow("37") << 37.0 << 50.0;
        QTest::addRow("5000") << 5000.0 << 5000.0;
        QTest::addRow("5001") << 5001.0 << 10000.0;
    }

    void niceCeiling()
    {
        QFETCH(double, value);
        QFETCH(double, ceiling);
        QCOMPARE(ReviewCharts::niceCeiling(value), ceiling);
    }

    void chartsAreStandaloneSvg()
    {
        QList<RehearsalSample> samples;
        for (int i = 0; i < 8; ++i)
            samples << RehearsalSample { i * 0.25, 1000.0 * i, 1, 2, 3.5 + i, 0, 1.5, 2.5 };
        for (ReviewCharts::Chart c : ReviewCharts::all()) {
            const QString svg = QString::fromUtf8(ReviewCharts::svg(c, samples));
            QVERIFY(svg.startsWith(QLatin1String("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
            QVERIFY(svg.contains(QLatin1String("<polyline points=\"")));
            QVERIFY(svg.contains(ReviewCharts::title(c).toHtmlEscaped()));
        }
        // Latency has one line per percentile; the y axis tops at a nice number above the p99.
        const QString latency = QString::fromUtf8(ReviewCharts::svg(ReviewCharts::Chart::Latency, samples));
        QCOMPARE(latency.count(QLatin1String("stroke-width=\"1.8\"")), 3);
        QVERIFY(latency.contains(QLatin1String(">20</text>")));
    }

    void inlineSvg_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("inlined");
        QTest::addRow("graphviz") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"\n"
            " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            "<!-- Generated by graphviz -->\n"
            "<svg width=\"8pt\" height=\"8pt\" xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><g/></svg>\n")
                                  << QStringLiteral("<svg width=\"8pt\" height=\"8pt\"><g/></svg>");
        QTest::addRow("plain") << QByteArray("<svg viewBox=\"0 0 1 1\"><rect/></svg>")
                               << QStringLiteral("<svg viewBox=\"0 0 1 1\"><rect/></svg>");
    }

    void inlineSvg()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, inlined);
        QCOMPARE(HtmlReviewWriter::inlineSvg(svg), inlined);
    }

    void markdownCells_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("row");
        QTest::addRow("plain") << QStringList { QStringLiteral("a"), QStringLiteral("b") }
                               << QStringLiteral("| a | b |\n");
        QTest::addRow("pipe") << QStringList { QStringLiteral("a|b") } << QStringLiteral("| a\\|b |\n");
        QTest::addRow("newline") << QStringList { QStringLiteral("a\nb") } << QStringLiteral("| a<br>b |\n");
        QTest::addRow("empty") << QStringList { QString(), QStringLiteral("x") } << QStringLiteral("|   | x |\n");
    }

    void markdownCells()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, row);
        QCOMPARE(MarkdownReviewWriter::row(cells), row);
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
