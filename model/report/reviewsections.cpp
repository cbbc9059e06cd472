// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsections.h"

#include "reviewcharts.h"

#include <QFileInfo>

namespace godwit::report {

namespace {

    QString esc(const QString& s) { return s.toHtmlEscaped(); }

    QString para(const QString& text, const QString& cssClass = {})
    {
        return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                                  : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, esc(text));
    }

    QString h3(const QString& text) { return QStringLiteral("<h3>%1</h3>\n").arg(esc(text)); }

    void addHtml(ReviewSection& s, const QString& html) { s.blocks << ReviewBlock { html, {}, {} }; }

    void addPicture(ReviewSection& s, const QByteArray& svg, const QString& caption)
    {
        if (svg.isEmpty())
            addHtml(s, para(QStringLiteral("(%1: Graphviz could not draw it)").arg(caption), QStringLiteral("note")));
        else
            s.blocks << ReviewBlock { {}, svg, caption };
    }

    void summary(const ReviewReport& r, ReviewSection& s)
    {
        const ReviewSummary sum = r.summary();
        addHtml(s,
            para(sum.hasFindings()
                    ? QStringLiteral(
                        "Findings to resolve before the migration: see the counts below and their sections.")
                    : QStringLiteral("No finding blocks this migration: no failed pre-check, lint error, query "
                                     "regression or failed rehearsal."),
                sum.hasFindings() ? QStringLiteral("bad") : QStringLiteral("good"))
                + ReviewSections::tableHtml(ReviewTables::summary(r), QStringLiteral("summary")));
    }

    void diagram(const ReviewReport& r, ReviewSection& s)
    {
        addHtml(s,
            para(QStringLiteral("Before on the left, after on the right; changed tables and columns carry the change "
                                "colours of the legend.")));
        if (r.erDiagramSvg.isEmpty())
            addHtml(s, para(QStringLiteral("(no diagram was drawn)"), QStringLiteral("note")));
        else
            addPicture(s, r.erDiagramSvg, QStringLiteral("Before and after ER diagram"));
    }

    void changes(const ReviewReport& r, ReviewSection& s)
    {
        if (r.changes.isEmpty()) {
            addHtml(s, para(QStringLiteral("The two schemas are the same.")));
            return;
        }
        addHtml(s, ReviewSections::tableHtml(ReviewTables::changes(r), QStringLiteral("changes")));
    }

    void walks(const ReviewReport& r, ReviewSection& s)
    {
        if (r.plan.walks.isEmpty())
            addHtml(s, para(QStringLiteral("No change needs the decision tree.")));
        for (const plan::DecisionWalk& w : r.plan.walks) {
            addHtml(s,
                h3(w.title)
                    + para(QStringLiteral("Strategy: %1. Changes: %2.")
                               .arg(w.strategy, w.changeIds.join(QStringLiteral(", "))))
                    + ReviewSections::tableHtml(ReviewTables::walk(w), QStringLiteral("walk")));
            addPicture(s, r.walkSvg(w.id), QStringLiteral("Decision-tree path: %1").arg(w.title));
        }
    }

    void planSteps(const ReviewReport& r, ReviewSection& s)
    {
        if (r.plan.isEmpty()) {
            addHtml(s, para(QStringLiteral("Nothing to migrate.")));
            return;
        }
        QString html = para(QStringLiteral("Point of no return: %1.").arg(ReviewTables::pointOfNoReturn(r)),
            r.pointOfNoReturn() ? QStringLiteral("bad") : QStringLiteral("good"));
        for (const QString& w : r.plan.warnings)
            html += para(QStringLiteral("Warning: %1").arg(w), QStringLiteral("warn"));
        const plan::PlanStep* noReturn = r.pointOfNoReturn();
        for (plan::Phase phase : plan::allPhases()) {
            const QList<const plan::PlanStep*> steps = r.plan.stepsIn(phase);
            html += h3(QStringLiteral("%1 (%2 %3)")
                           .arg(plan::phaseTitle(phase))
                           .arg(steps.size())
                           .arg(steps.size() == 1 ? QStringLiteral("step") : QStringLiteral("steps")));
            if (steps.isEmpty())
                html += para(QStringLiteral("No step in this phase."), QStringLiteral("note"));
            int n = 0;
            for (const plan::PlanStep* step : steps) {
                html += QStringLiteral("<h4>%1.%2 %3 <span class=\"id\">[%4]</span></h4>\n")
                            .arg(plan::phaseName(phase))
                            .arg(++n)
                            .arg(esc(step->title), esc(step->id));
                if (step == noReturn)
                    html += para(QStringLiteral("Point of no return: this step's rollback cannot give the dropped "
                                                "values back (restore them from the backup)."),
                        QStringLiteral("bad"));
                html += para(step->explanation);
                for (const QString& w : step->warnings)
                    html += para(QStringLiteral("Warning: %1").arg(w), QStringLiteral("warn"));
                if (!step->preconditions.isEmpty()) {
                    html += QStringLiteral("<p><b>Before it runs:</b></p>\n<ul>\n");
                    for (const plan::Precondition& p : step->preconditions)
                        html += QStringLiteral("<li>%1</li>\n").arg(esc(p.text));
                    html += QStringLiteral("</ul>\n");
                }
                html += QStringLiteral("<p><b>SQL</b></p>\n") + ReviewSections::pre(step->sql);
                html += QStringLiteral("<p><b>Rollback</b></p>\n") + ReviewSections::pre(step->rollbackSql);
                html += QStringLiteral("<p><b>Verification</b> (returns no row or 0 when the step did its work)</p>\n")
                    + ReviewSections::pre(
                        step->verificationSql.isEmpty() ? QStringLiteral("-- none") : step->verificationSql);
            }
        }
        addHtml(s, html);
    }

    void preChecks(const ReviewReport& r, ReviewSection& s)
    {
        if (r.preChecks.isEmpty()) {
            addHtml(s,
                para(QStringLiteral("No change needs a check of the data (no new NOT NULL, UNIQUE, foreign "
                                    "key, CHECK or type change).")));
            return;
        }
        addHtml(s,
            para(QStringLiteral("Counted on %1, opened read-only.").arg(QFileInfo(r.header.before).fileName()))
                + ReviewSections::tableHtml(ReviewTables::preChecks(r), QStringLiteral("checks")));
    }

    void lintFindings(const ReviewReport& r, ReviewSection& s)
    {
        QString html = para(QStringLiteral("Linted: %1 (%2 files).").arg(r.lintSource).arg(r.lint.files.size()));
        if (r.lint.findings.isEmpty())
            html += para(QStringLiteral("No findings."), QStringLiteral("good"));
        else
            html += ReviewSections::tableHtml(ReviewTables::lint(r), QStringLiteral("lint"));
        if (!r.lint.suppressed.isEmpty())
            html += para(
                QStringLiteral("%1 findings silenced by godwit:ignore comments.").arg(r.lint.suppressed.size()));
        addHtml(s, html);
    }

    void queryImpact(const ReviewReport& r, ReviewSection& s)
    {
        const queries::QueryReport& q = *r.queries;
        QString html = para(QStringLiteral("%1 queries: %2 unchanged, %3 improved, %4 regressed, %5 broken.")
                                .arg(q.queries.size())
                                .arg(q.count(queries::QueryStatus::Unchanged))
                                .arg(q.count(queries::QueryStatus::Improved))
                                .arg(q.count(queries::QueryStatus::Regressed))
                                .arg(q.count(queries::QueryStatus::Broken)));
        html += ReviewSections::tableHtml(ReviewTables::queries(q), QStringLiteral("queries"));
        for (const queries::QueryResult* p : ReviewTables::problemQueries(q)) {
            html += h3(QStringLiteral("%1: %2").arg(p->query.name, queries::queryStatusName(p->comparison.status)));
            html += ReviewSections::pre(p->query.sql);
            html += QStringLiteral("<p><b>Plan before</b></p>\n")
                + ReviewSections::pre(p->before.toText(), QStringLiteral("plan"));
            html += QStringLiteral("<p><b>Plan after</b></p>\n")
                + ReviewSections::pre(
                    p->after.error.isEmpty() ? p->after.toText() : p->after.error, QStringLiteral("plan"));
        }
        html += h3(QStringLiteral("Index advice"));
        html += q.proposals.isEmpty()
            ? para(QStringLiteral("No index to add."))
            : ReviewSections::tableHtml(ReviewTables::indexAdvice(q), QStringLiteral("advice"));
        html += h3(QStringLiteral("Measured write cost"));
        html += q.costs.isEmpty() ? para(QStringLiteral("No index to price."))
                                  : ReviewSections::tableHtml(ReviewTables::writeCost(q), QStringLiteral("cost"));
        addHtml(s, html);
    }

    void rehearsalSection(const ReviewReport& r, ReviewSection& s)
    {
        const rehearsal::RehearsalResult& x = r.rehearsal->result;
        QString html = para(QStringLiteral("Verdict: %1.").arg(x.ok ? QStringLiteral("ok") : QStringLiteral("failed")),
            x.ok ? QStringLiteral("good") : QStringLiteral("bad"));
        if (!x.reasons.isEmpty()) {
            html += QStringLiteral("<ul>\n");
            for (const QString& reason : x.reasons)
                html += QStringLiteral("<li>%1</li>\n").arg(esc(reason));
            html += QStringLiteral("</ul>\n");
        }
        html += para(QStringLiteral("%1 s on a working copy; the original was %2.")
                         .arg(x.elapsedMs / 1000.0, 0, 'f', 1)
                         .arg(x.originalUnchanged() ? QStringLiteral("unchanged (same SHA-256 before and after)")
                                                    : QStringLiteral("CHANGED")));
        html += ReviewSections::tableHtml(ReviewTables::rehearsalPhases(x), QStringLiteral("phases"));
        addHtml(s, html);
        for (ReviewCharts::Chart c : ReviewCharts::all())
            addPicture(s, ReviewCharts::svg(c, r.rehearsal->samples), ReviewCharts::title(c));
        QString tail = h3(QStringLiteral("Incidents"));
        tail += x.incidents.isEmpty()
            ? para(QStringLiteral("None."))
            : ReviewSections::tableHtml(ReviewTables::incidents(x), QStringLiteral("incidents"));
        if (x.verification) {
            const rehearsal::Verification& v = *x.verification;
            tail += para(QStringLiteral("Verification at the end: drift %1, NULL where a value is required %2, foreign "
                                        "key violations %3, integrity %4.")
                             .arg(v.driftRows < 0 ? QStringLiteral("not measurable") : QString::number(v.driftRows))
                             .arg(v.nullRows)
                             .arg(v.foreignKeyViolations)
                             .arg(v.integrity));
        }
        addHtml(s, tail);
    }

    void signOff(ReviewSection& s)
    {
        QString html = para(QStringLiteral("Decision: ☐ approved   ☐ approved with changes   ☐ rejected"));
        html += ReviewSections::tableHtml(ReviewTables::signOff(), QStringLiteral("signoff"));
        html += QStringLiteral("<p><b>Notes</b></p>\n<table class=\"notes\" width=\"100%\">\n");
        for (int i = 0; i < 6; ++i)
            html += QStringLiteral("<tr><td>&nbsp;</td></tr>\n");
        html += QStringLiteral("</table>\n");
        addHtml(s, html);
    }

} // namespace

QString ReviewSections::title(const ReviewReport& r)
{
    return QStringLiteral("Migration review: %1 → %2")
        .arg(QFileInfo(r.header.before).fileName(), QFileInfo(r.header.after).fileName());
}

QString ReviewSections::headerHtml(const ReviewReport& r)
{
    return tableHtml(ReviewTables::header(r), QStringLiteral("header"));
}

QString ReviewSections::tableHtml(const ReviewTable& table, const QString& cssClass)
{
    QString html = QStringLiteral(
        "<table class=\"%1\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"99%\">\n<thead><tr>")
                       .arg(cssClass.isEmpty() ? QStringLiteral("grid") : QStringLiteral("grid ") + cssClass);
    for (const QString& h : table.header)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.isEmpty() ? QStringLiteral("&nbsp;") : esc(cell));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString ReviewSections::pre(const QString& text, const QString& cssClass)
{
    return QStringLiteral("<pre class=\"%1\">%2</pre>\n").arg(cssClass, esc(text.trimmed()));
}

ReviewSection ReviewSections::build(const ReviewReport& r, Section id)
{
    ReviewSection s { id, sectionTitle(id), sectionAnchor(id), {} };
    switch (id) {
    case Section::Summary:
        summary(r, s);
        break;
    case Section::Diagram:
        diagram(r, s);
        break;
    case Section::Changes:
        changes(r, s);
        break;
    case Section::DecisionTree:
        walks(r, s);
        break;
    case Section::Plan:
        planSteps(r, s);
        break;
    case Section::PreChecks:
        preChecks(r, s);
        break;
    case Section::Lint:
        lintFindings(r, s);
        break;
    case Section::Queries:
        if (r.queries)
            queryImpact(r, s);
        break;
    case Section::Rehearsal:
        if (r.rehearsal)
            rehearsalSection(r, s);
        break;
    case Section::SignOff:
        signOff(s);
        break;
    }
    return s;
}

QList<ReviewSection> ReviewSections::build(const ReviewReport& r)
{
    QList<ReviewSection> out;
    for (Section id : sectionsOf(r))
        out << build(r, id);
    return out;
}

} // namespace godwit::report
