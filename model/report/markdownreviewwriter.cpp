// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreviewwriter.h"

#include "core/textfile.h"
#include "reviewcharts.h"
#include "reviewsections.h"
#include "reviewtables.h"

#include <QDir>

namespace godwit::report {

namespace {

    QString table(const ReviewTable& t, qsizetype maxRows = -1)
    {
        QString md = MarkdownReviewWriter::row(t.header);
        QStringList rule;
        for (qsizetype i = 0; i < t.header.size(); ++i)
            rule << QStringLiteral("---");
        md += QStringLiteral("| %1 |\n").arg(rule.join(QStringLiteral(" | ")));
        qsizetype shown = 0;
        for (const QStringList& r : t.rows) {
            if (maxRows >= 0 && shown == maxRows)
                break;
            md += MarkdownReviewWriter::row(r);
            ++shown;
        }
        if (shown < t.rows.size())
            md += QStringLiteral("\n… and %1 more rows (see the full report).\n").arg(t.rows.size() - shown);
        return md + QLatin1Char('\n');
    }

    QString fence(const QString& text, const QString& language = QStringLiteral("sql"))
    {
        QString body = text.trimmed();
        // A fence longer than any backtick run inside the text.
        QString ticks = QStringLiteral("```");
        while (body.contains(ticks))
            ticks += QLatin1Char('`');
        return QStringLiteral("%1%2\n%3\n%1\n\n").arg(ticks, language, body);
    }

    QString heading(int level, const QString& text)
    {
        return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text + QStringLiteral("\n\n");
    }

    QString image(const QString& file, const QString& alt) { return QStringLiteral("![%1](%2)\n\n").arg(alt, file); }

    QString walkFile(qsizetype i) { return QStringLiteral("decision-%1.svg").arg(i + 1); }

    QString body(const ReviewReport& r, bool images)
    {
        QString md = heading(1, ReviewSections::title(r)) + table(ReviewTables::header(r));
        for (Section id : sectionsOf(r)) {
            md += heading(2, sectionTitle(id));
            switch (id) {
            case Section::Summary:
                md += table(ReviewTables::summary(r));
                break;
            case Section::Diagram:
                md += images && !r.erDiagramSvg.isEmpty()
                    ? image(QStringLiteral("er-diagram.svg"), QStringLiteral("Before and after"))
                    : QStringLiteral("The diagram is in the HTML and PDF reports.\n\n");
                break;
            case Section::Changes:
                md += table(ReviewTables::changes(r));
                break;
            case Section::DecisionTree:
                for (qsizetype i = 0; i < r.plan.walks.size(); ++i) {
                    const plan::DecisionWalk& w = r.plan.walks[i];
                    md += heading(3, w.title) + QStringLiteral("Strategy: %1.\n\n").arg(w.strategy)
                        + table(ReviewTables::walk(w));
                    if (images && !r.walkSvg(w.id).isEmpty())
                        md += image(walkFile(i), QStringLiteral("Decision-tree path"));
                }
                break;
            case Section::Plan:
                md += QStringLiteral("**Point of no return:** %1\n\n").arg(ReviewTables::pointOfNoReturn(r));
                for (plan::Phase phase : plan::allPhases()) {
                    md += heading(3, plan::phaseTitle(phase));
                    for (const plan::PlanStep* s : r.plan.stepsIn(phase)) {
                        md += heading(4, QStringLiteral("%1 `%2`").arg(s->title, s->id)) + s->explanation
                            + QStringLiteral("\n\n");
                        md += QStringLiteral("SQL:\n\n") + fence(s->sql) + QStringLiteral("Rollback:\n\n")
                            + fence(s->rollbackSql) + QStringLiteral("Verification:\n\n")
                            + fence(s->verificationSql.isEmpty() ? QStringLiteral("-- none") : s->verificationSql);
                    }
                }
                break;
            case Section::PreChecks:
                md += r.preChecks.isEmpty() ? QStringLiteral("No change needs a check of the data.\n\n")
                                            : table(ReviewTables::preChecks(r));
                break;
            case Section::Lint:
                md += QStringLiteral("Linted: %1.\n\n").arg(r.lintSource);
                md += r.lint.findings.isEmpty() ? QStringLiteral("No findings.\n\n") : table(ReviewTables::lint(r));
                break;
            case Section::Queries:
                md += table(ReviewTables::queries(*r.queries));
                for (const queries::QueryResult* q : ReviewTables::problemQueries(*r.queries))
                    md += heading(3, q->query.name) + QStringLiteral("Before:\n\n")
                        + fence(q->before.toText(), QStringLiteral("text")) + QStringLiteral("After:\n\n")
                        + fence(q->after.error.isEmpty() ? q->after.toText() : q->after.error, QStringLiteral("text"));
                md += heading(3, QStringLiteral("Index advice")) + table(ReviewTables::indexAdvice(*r.queries));
                md += heading(3, QStringLiteral("Measured write cost")) + table(ReviewTables::writeCost(*r.queries));
                break;
            case Section::Rehearsal: {
                const rehearsal::RehearsalResult& x = r.rehearsal->result;
                md += QStringLiteral("**Verdict: %1**\n\n").arg(x.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
                for (const QString& reason : x.reasons)
                    md += QStringLiteral("- %1\n").arg(reason);
                md += QLatin1Char('\n') + table(ReviewTables::rehearsalPhases(x));
                if (images) {
                    for (ReviewCharts::Chart c : ReviewCharts::all())
                        md += image(ReviewCharts::fileName(c), ReviewCharts::title(c));
                }
                md += heading(3, QStringLiteral("Incidents"))
                    + (x.incidents.isEmpty() ? QStringLiteral("None.\n\n") : table(ReviewTables::incidents(x)));
                break;
            }
            case Section::SignOff:
                md += table(ReviewTables::signOff()) + QStringLiteral("Notes:\n\n");
                break;
            }
        }
        return md;
    }

} // namespace

QString MarkdownReviewWriter::row(const QStringList& cells)
{
    QStringList out;
    for (QString c : cells) {
        c.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
        c.replace(QStringLiteral("\r\n"), QStringLiteral("<br>")).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out << (c.isEmpty() ? QStringLiteral(" ") : c);
    }
    return QStringLiteral("| %1 |\n").arg(out.join(QStringLiteral(" | ")));
}

QString MarkdownReviewWriter::write(const ReviewReport& report, bool withImages) { return body(report, withImages); }

QString MarkdownReviewWriter::summary(const ReviewReport& r)
{
    // Longest lists first to go: the limit is GitHub's, the meeting needs the summary whole.
    for (qsizetype rows : { qsizetype(-1), qsizetype(50), qsizetype(20), qsizetype(5) }) {
        QString md = heading(2, ReviewSections::title(r)) + table(ReviewTables::summary(r));
        md += heading(3, QStringLiteral("Changes")) + table(ReviewTables::changes(r), rows);
        if (!r.preChecks.isEmpty())
            md += heading(3, QStringLiteral("Data pre-checks")) + table(ReviewTables::preChecks(r), rows);
        if (!r.lint.findings.isEmpty())
            md += heading(3, QStringLiteral("Lint findings")) + table(ReviewTables::lint(r), rows);
        if (r.queries && !ReviewTables::problemQueries(*r.queries).isEmpty())
            md += heading(3, QStringLiteral("Query impact")) + table(ReviewTables::queries(*r.queries), rows);
        if (r.rehearsal)
            md += heading(3, QStringLiteral("Rehearsal"))
                + table(ReviewTables::rehearsalPhases(r.rehearsal->result), rows)
                + (r.rehearsal->result.incidents.isEmpty() ? QString()
                                                           : table(ReviewTables::incidents(r.rehearsal->result), rows));
        md += QStringLiteral("<sub>Godwit %1 · original SHA-256 `%2`</sub>\n")
                  .arg(r.header.godwitVersion, r.header.originalSha256);
        if (md.size() < SummaryLimit)
            return md;
    }
    return heading(2, ReviewSections::title(r)) + table(ReviewTables::summary(r));
}

Result<QStringList> MarkdownReviewWriter::writeFolder(const ReviewReport& r, const QString& folder)
{
    if (!QDir().mkpath(folder))
        return fail(Error::Code::Io, QStringLiteral("cannot create the folder"), folder);
    QList<std::pair<QString, QByteArray>> files;
    files.append({ QStringLiteral("review.md"), body(r, true).toUtf8() });
    if (!r.erDiagramSvg.isEmpty())
        files.append({ QStringLiteral("er-diagram.svg"), r.erDiagramSvg });
    for (qsizetype i = 0; i < r.plan.walks.size(); ++i) {
        if (const QByteArray svg = r.walkSvg(r.plan.walks[i].id); !svg.isEmpty())
            files.append({ walkFile(i), svg });
    }
    if (r.rehearsal) {
        for (ReviewCharts::Chart c : ReviewCharts::all())
            files.append({ ReviewCharts::fileName(c), ReviewCharts::svg(c, r.rehearsal->samples) });
    }
    QStringList written;
    for (const auto& [name, bytes] : files) {
        const QString path = QDir(folder).filePath(name);
        if (auto saved = TextFile::writeBytes(path, bytes); !saved)
            return std::unexpected(saved.error());
        written << path;
    }
    return written;
}

} // namespace godwit::report
