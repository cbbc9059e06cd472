// SPDX-License-Identifier: GPL-3.0-or-later
// `godwit review`: the orders example's document in HTML, PDF and Markdown holds every section
// with the numbers of `godwit plan --format json` and of its own rehearsal record; the HTML
// refers to nothing outside itself; the PDF's text (pdftotext) holds the sections; every
// Markdown table row has its header's cells; Chinook with a real change; exit codes; the
// original is never written.
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

QJsonObject readJson(const QString& path) { return QJsonDocument::fromJson(readText(path).toUtf8()).object(); }

QString row(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cells)
        html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
    return html;
}

// Cells of a Markdown table row: split on pipes that are not escaped.
qsizetype markdownCells(const QString& line)
{
    qsizetype pipes = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (line[i] == QLatin1Char('|'))
            ++pipes;
    }
    return pipes - 1;
}

const QStringList OrdersSections = { QStringLiteral("Summary"), QStringLiteral("Before and after"),
    QStringLiteral("Changes"), QStringLiteral("Decision-tree paths"), QStringLiteral("Plan by phase"),
    QStringLiteral("Data pre-checks"), QStringLiteral("Lint findings"), QStringLiteral("Query impact"),
    QStringLiteral("Rehearsal"), QStringLiteral("Sign-off") };

} // namespace

class TestCliReview : public QObject {
    Q_OBJECT

private:
    QString m_db;
    QMap<QString, QByteArray> m_fingerprint;
    QJsonObject m_plan;
    CliRun m_html;

    [[nodiscard]] QStringList ordersArguments(const QString& out, const QString& record = {}) const
    {
        QStringList args = { QStringLiteral("review"), m_db, godwit::test::sampleDir(), QStringLiteral("--queries"),
            QDir(godwit::test::sampleDir()).filePath(QStringLiteral("queries.sql")), QStringLiteral("--rehearse"),
            QStringLiteral("--phase-time"), QStringLiteral("200"), QStringLiteral("--rate"), QStringLiteral("100"),
            QStringLiteral("-o"), out };
        if (!record.isEmpty())
            args << QStringLiteral("--rehearsal-json") << record;
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = scratch(QStringLiteral("orders.db"));
        const CliRun sample = runGodwit({ QStringLiteral("sample"), QStringLiteral("orders"), m_db,
            QStringLiteral("--rows"), QStringLiteral("3000") });
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        m_fingerprint = godwit::test::databaseFingerprint(m_db);
        const QString planPath = scratch(QStringLiteral("plan.json"));
        const CliRun plan = runGodwit({ QStringLiteral("plan"), m_db, godwit::test::sampleDir(),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), planPath });
        QVERIFY2(plan.exitCode == 1, qPrintable(plan.err));
        m_plan = readJson(planPath);
        QVERIFY(!m_plan.value(QStringLiteral("steps")).toArray().isEmpty());
        m_html = runGodwit(
            ordersArguments(scratch(QStringLiteral("orders.html")), scratch(QStringLiteral("record.json"))));
        QVERIFY2(m_html.exitCode == 0 || m_html.exitCode == 1, qPrintable(m_html.err));
        QVERIFY2(m_html.err.isEmpty(), qPrintable(m_html.err));
    }

    void htmlHasEverySectionWithThePlansNumbers()
    {
        const QString html = readText(scratch(QStringLiteral("orders.html")));
        for (const char* anchor : { "summary", "diagram", "changes", "decision-tree", "plan", "pre-checks", "lint",
                 "queries", "rehearsal", "sign-off" })
            QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(anchor))), anchor);
        for (const QString& title : OrdersSections)
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(title)), qPrintable(title));
        const QJsonArray steps = m_plan.value(QStringLiteral("steps")).toArray();
        QVERIFY(html.contains(row({ QStringLiteral("Plan steps"), QString::number(steps.size()) })));
        for (const QJsonValue& s : steps) {
            const QJsonObject step = s.toObject();
            QVERIFY2(
                html.contains(QStringLiteral("[%1]").arg(step.value(QStringLiteral("id")).toString().toHtmlEscaped())),
                qPrintable(step.value(QStringLiteral("id")).toString()));
            QVERIFY(html.contains(step.value(QStringLiteral("sql")).toString().trimmed().toHtmlEscaped()));
            QVERIFY(html.contains(step.value(QStringLiteral("rollbackSql")).toString().trimmed().toHtmlEscaped()));
        }
        const QJsonObject byPhase
            = m_plan.value(QStringLiteral("summary")).toObject().value(QStringLiteral("byPhase")).toObject();
        for (const char* title : { "Expand", "Dual-write", "Backfill", "Read switch", "Contract" }) {
            const QString phase = QLatin1String(title);
            const QString key = phase.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
            const int n = byPhase.value(key).toInt();
            QVERIFY2(html.contains(QStringLiteral("<h3>%1 (%2 %3)</h3>")
                                       .arg(phase)
                                       .arg(n)
                                       .arg(n == 1 ? QStringLiteral("step") : QStringLiteral("steps"))),
                qPrintable(phase));
        }
        // One decision-tree picture per walk, each with its title.
        const QJsonArray walks = m_plan.value(QStringLiteral("walks")).toArray();
        QVERIFY(!walks.isEmpty());
        for (const QJsonValue& w : walks)
            QVERIFY(html.contains(QStringLiteral("<h3>%1</h3>")
                                      .arg(w.toObject().value(QStringLiteral("title")).toString().toHtmlEscaped())));
        QCOMPARE(html.count(QStringLiteral("aria-label=\"Decision-tree path:")), walks.size());
        QCOMPARE(html.count(QStringLiteral("<svg")), walks.size() + 1 + 4); // + ER diagram + 4 charts
        // The header: the original's digest as sha256sum prints it, and its size.
        QVERIFY(html.contains(QString::fromLatin1(godwit::test::sha256(m_db))));
        QVERIFY(html.contains(QStringLiteral("%1 bytes").arg(QLocale::c().toString(QFileInfo(m_db).size()))));
        QVERIFY(html.contains(QStringLiteral("Point of no return")));
    }

    void rehearsalNumbersEqualItsRecord()
    {
        const QString html = readText(scratch(QStringLiteral("orders.html")));
        const QJsonObject record = readJson(scratch(QStringLiteral("record.json")));
        QVERIFY(!record.isEmpty());
        const QString verdict = record.value(QStringLiteral("verdict")).toString();
        QVERIFY(html.contains(row({ QStringLiteral("Rehearsal verdict"), verdict })));
        QVERIFY(html.contains(QStringLiteral("Verdict: %1.").arg(verdict)));
        const QJsonArray phases = record.value(QStringLiteral("phases")).toArray();
        QVERIFY(phases.size() >= 5);
        for (const QJsonValue& p : phases) {
            const QJsonObject phase = p.toObject();
            qint64 backfilled = 0;
            for (const QJsonValue& b : phase.value(QStringLiteral("backfills")).toArray())
                backfilled += b.toObject().value(QStringLiteral("rows_this_run")).toInteger();
            const QString start = row(
                { phase.value(QStringLiteral("title")).toString(), phase.value(QStringLiteral("status")).toString() });
            const qsizetype at = html.indexOf(start);
            QVERIFY2(at >= 0, qPrintable(start));
            const QString line = html.mid(at, html.indexOf(QStringLiteral("</tr>"), at) - at);
            QVERIFY2(
                line.contains(QStringLiteral("<td>%1</td>").arg(QLocale::c().toString(backfilled))), qPrintable(line));
        }
        const QJsonArray incidents = record.value(QStringLiteral("incidents")).toArray();
        for (const QJsonValue& i : incidents)
            QVERIFY(html.contains(i.toObject().value(QStringLiteral("message")).toString().toHtmlEscaped()));
        // The exit code says whether there is something to resolve.
        const bool findings = !html.contains(QStringLiteral("No finding blocks this migration"));
        QCOMPARE(m_html.exitCode, findings ? 1 : 0);
        QCOMPARE(findings,
            verdict != QLatin1String("ok")
                || !html.contains(row({ QStringLiteral("Lint errors"), QStringLiteral("0") }))
                || !html.contains(row({ QStringLiteral("Pre-check failures"), QStringLiteral("0") }))
                || !html.contains(row({ QStringLiteral("Query regressions"), QStringLiteral("0") })));
    }

    void htmlRefersToNothingOutside()
    {
        const QString html = readText(scratch(QStringLiteral("orders.html")));
        QVERIFY(!html.isEmpty());
        QVERIFY(!html.contains(QStringLiteral("http:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("https:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        static const QRegularExpression src(
            QStringLiteral("(?:src|href)\\s*=\\s*[\"\\x27]?(?!data:|#)([^\"\\x27\\s>]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch external = src.match(html);
        QVERIFY2(!external.hasMatch(), qPrintable(external.captured(0)));
        static const QRegularExpression url(
            QStringLiteral("url\\(\\s*[\"\\x27]?(?!data:|#)"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!url.match(html).hasMatch());
        QVERIFY(html.contains(QStringLiteral("break-before: page")));
    }

    void pdfTextHoldsTheSections()
    {
        const QString pdf = scratch(QStringLiteral("orders.pdf"));
        const CliRun run = runGodwit(ordersArguments(pdf));
        QCOMPARE(run.exitCode, m_html.exitCode);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: run make deps");
        QProcess p;
        p.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(!text.contains(QChar(0xFB01))); // no "fi" ligature: searching the PDF for "findings" works
        QVERIFY(text.contains(QStringLiteral("Contents")));
        for (const QString& title : OrdersSections)
            QVERIFY2(text.count(title) >= 2, qPrintable(title)); // in the contents and as the heading
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        // A long heading may wrap at a hyphen: compare without the layout's white space.
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const QJsonValue& s : m_plan.value(QStringLiteral("steps")).toArray())
            QVERIFY2(flat.contains(s.toObject().value(QStringLiteral("id")).toString()),
                qPrintable(s.toObject().value(QStringLiteral("id")).toString()));
        // The diagrams are vector: no image objects in the file.
        QVERIFY(!readText(pdf).contains(QStringLiteral("/Subtype /Image")));
    }

    void markdownTablesParse()
    {
        const QString folder = scratch(QStringLiteral("md/"));
        const CliRun run = runGodwit(ordersArguments(folder));
        QCOMPARE(run.exitCode, m_html.exitCode);
        const QString md = readText(QDir(folder).filePath(QStringLiteral("review.md")));
        QVERIFY(!md.isEmpty());
        for (const QString& title : OrdersSections)
            QVERIFY2(md.contains(QStringLiteral("\n## %1\n").arg(title)), qPrintable(title));
        qsizetype header = -1;
        int tables = 0;
        bool fenced = false;
        for (const QString& line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("```")))
                fenced = !fenced;
            if (fenced || !line.startsWith(QLatin1Char('|'))) {
                header = -1;
                continue;
            }
            if (header < 0) {
                header = markdownCells(line);
                ++tables;
            } else {
                QVERIFY2(markdownCells(line) == header, qPrintable(line));
            }
        }
        QVERIFY(tables >= 10);
        static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
        int images = 0;
        for (auto it = image.globalMatch(md); it.hasNext(); ++images)
            QVERIFY(QFileInfo::exists(QDir(folder).filePath(it.next().captured(1))));
        QCOMPARE(images, m_plan.value(QStringLiteral("walks")).toArray().size() + 1 + 4);
        QVERIFY(md.contains(
            QStringLiteral("| Plan steps | %1 |").arg(m_plan.value(QStringLiteral("steps")).toArray().size())));
    }

    void summaryFitsAComment()
    {
        const QString path = scratch(QStringLiteral("comment.md"));
        const CliRun run = runGodwit({ QStringLiteral("review"), m_db, godwit::test::sampleDir(),
            QStringLiteral("--summary"), QStringLiteral("-o"), path });
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        const QString md = readText(path);
        QVERIFY(md.size() < 65000);
        QVERIFY(md.contains(
            QStringLiteral("| Plan steps | %1 |").arg(m_plan.value(QStringLiteral("steps")).toArray().size())));
        QVERIFY(md.contains(QStringLiteral("| Rehearsal verdict | not rehearsed |")));
    }

    void chinookWithARealChange()
    {
        const QString db = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        QVERIFY(!db.isEmpty());
        const QMap<QString, QByteArray> before = godwit::test::databaseFingerprint(db);
        // The schema part of chinook.sql, with Track.Composer made NOT NULL: 977 tracks have none.
        QString sql = readText(godwit::test::datasetSqlPath(godwit::test::Dataset::Chinook));
        sql = sql.left(sql.indexOf(QStringLiteral("INSERT INTO")));
        QVERIFY(sql.contains(QStringLiteral("[Composer] NVARCHAR(220),")));
        sql.replace(QStringLiteral("[Composer] NVARCHAR(220),"), QStringLiteral("[Composer] NVARCHAR(220) NOT NULL,"));
        const QString target = scratch(QStringLiteral("chinook-target.sql"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sql.toUtf8());
        file.close();
        const QString out = scratch(QStringLiteral("chinook.html"));
        const CliRun run = runGodwit({ QStringLiteral("review"), db, target, QStringLiteral("-o"), out });
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out)); // the pre-check fails
        const QString html = readText(out);
        QVERIFY(html.contains(QStringLiteral("Track.Composer")));
        QVERIFY(html.contains(QStringLiteral("<td>977</td><td>FAILED</td>")));
        QVERIFY(html.contains(row({ QStringLiteral("Pre-check failures"), QStringLiteral("1") })));
        QVERIFY(html.contains(row({ QStringLiteral("Table rebuilds"), QStringLiteral("1") })));
        QVERIFY(html.contains(QStringLiteral("<section id=\"sign-off\">")));
        QVERIFY(!html.contains(QStringLiteral("<section id=\"rehearsal\">")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString sample = godwit::test::sampleDir();
        QTest::addRow("no output") << QStringList { QStringLiteral("review"), QStringLiteral("@DB"), sample }
                                   << QStringLiteral("godwit: missing -o OUT (see 'godwit review --help')\n");
        QTest::addRow("unknown suffix")
            << QStringList { QStringLiteral("review"), QStringLiteral("@DB"), sample, QStringLiteral("-o"),
                   QStringLiteral("x.docx") }
            << QStringLiteral(
                   "godwit: cannot tell the format from 'x.docx' (use .html, .pdf, .md or a folder, or --format)\n");
        QTest::addRow("summary html") << QStringList { QStringLiteral("review"), QStringLiteral("@DB"), sample,
            QStringLiteral("--summary"), QStringLiteral("-o"), QStringLiteral("x.html") }
                                      << QStringLiteral("godwit: --summary is a Markdown form: write to a .md file\n");
        QTest::addRow("rehearsal option alone") << QStringList { QStringLiteral("review"), QStringLiteral("@DB"),
            sample, QStringLiteral("--fault"), QStringLiteral("skip-dual-write"), QStringLiteral("-o"),
            QStringLiteral("x.html") } << QStringLiteral("godwit: rehearsal options need --rehearse\n");
        QTest::addRow("missing before") << QStringList { QStringLiteral("review"), QStringLiteral("@SCRATCH/none.db"),
            sample, QStringLiteral("-o"), QStringLiteral("@SCRATCH/x.html") }
                                        << QString();
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        for (QString& a : arguments)
            a.replace(QStringLiteral("@DB"), m_db).replace(QStringLiteral("@SCRATCH"), scratch(QString()));
        const CliRun run = runGodwit(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.err.startsWith(QLatin1String("godwit: ")));
        if (!message.isEmpty())
            QCOMPARE(run.err, message);
        QVERIFY(!QFileInfo::exists(scratch(QStringLiteral("x.html"))));
    }

    void originalIsNeverWritten() { QCOMPARE(godwit::test::databaseFingerprint(m_db), m_fingerprint); }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
