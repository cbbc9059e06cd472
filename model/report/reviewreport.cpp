// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewreport.h"

#include <QRegularExpression>

namespace godwit::report {

bool ReviewSummary::hasFindings() const
{
    return preChecksFailed > 0 || lintErrors > 0 || queryRegressions > 0 || (rehearsed && !rehearsalOk);
}

QString ReviewSummary::rehearsalVerdict() const
{
    if (!rehearsed)
        return QStringLiteral("not rehearsed");
    return rehearsalOk ? QStringLiteral("ok") : QStringLiteral("failed");
}

ReviewSummary ReviewReport::summary() const
{
    ReviewSummary s;
    s.changes = int(changes.changes.size());
    for (const diff::Change& c : changes.changes) {
        switch (c.classification.impact) {
        case diff::Impact::Additive:
            ++s.additive;
            break;
        case diff::Impact::BreaksReaders:
            ++s.breaksReaders;
            break;
        case diff::Impact::BreaksWriters:
            ++s.breaksWriters;
            break;
        case diff::Impact::Destructive:
            ++s.destructive;
            break;
        }
        if (c.classification.capability == diff::Capability::Rebuild)
            ++s.rebuilds;
        if (c.isProposal)
            ++s.renamesToConfirm;
    }
    s.steps = int(plan.steps.size());
    for (const PreCheck& p : preChecks)
        s.preChecksFailed += p.failed() ? 1 : 0;
    for (const lint::LintFinding& f : lint.findings) {
        s.lintErrors += f.severity == lint::Severity::Error ? 1 : 0;
        s.lintWarnings += f.severity == lint::Severity::Warning ? 1 : 0;
    }
    if (queries) {
        s.queriesChecked = true;
        s.queryRegressions
            = int(queries->count(queries::QueryStatus::Regressed) + queries->count(queries::QueryStatus::Broken));
    }
    if (rehearsal) {
        s.rehearsed = true;
        s.rehearsalOk = rehearsal->result.ok;
    }
    return s;
}

const plan::PlanStep* ReviewReport::pointOfNoReturn() const
{
    // Indexes, views and triggers are recreated from their definitions; a dropped table or
    // column takes its values with it, and a rollback can only recreate the empty shape.
    static const QRegularExpression comment(QStringLiteral("--[^\n]*"));
    static const QRegularExpression dropTable(
        QStringLiteral(R"(\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?("(?:[^"]|"")+"|[\w$]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropColumn(
        QStringLiteral(R"(\bDROP\s+COLUMN\s+("(?:[^"]|"")+"|[\w$]+))"), QRegularExpression::CaseInsensitiveOption);
    auto unquote = [](QString name) {
        if (name.startsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return name;
    };
    for (const plan::PlanStep& step : plan.steps) {
        if (step.phase == plan::Phase::Expand)
            continue;
        const QString sql = QString(step.sql).remove(comment);
        for (auto it = dropTable.globalMatch(sql); it.hasNext();) {
            if (changes.before.table(unquote(it.next().captured(1))))
                return &step;
        }
        if (dropColumn.match(sql).hasMatch())
            return &step;
    }
    return nullptr;
}

QByteArray ReviewReport::walkSvg(QStringView walkId) const
{
    for (const WalkDiagram& d : walkDiagrams) {
        if (d.walkId == walkId)
            return d.svg;
    }
    return {};
}

QList<Section> sectionsOf(const ReviewReport& report)
{
    QList<Section> out = { Section::Summary, Section::Diagram, Section::Changes, Section::DecisionTree, Section::Plan,
        Section::PreChecks, Section::Lint };
    if (report.queries)
        out << Section::Queries;
    if (report.rehearsal)
        out << Section::Rehearsal;
    out << Section::SignOff;
    return out;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return QStringLiteral("Summary");
    case Section::Diagram:
        return QStringLiteral("Before and after");
    case Section::Changes:
        return QStringLiteral("Changes");
    case Section::DecisionTree:
        return QStringLiteral("Decision-tree paths");
    case Section::Plan:
        return QStringLiteral("Plan by phase");
    case Section::PreChecks:
        return QStringLiteral("Data pre-checks");
    case Section::Lint:
        return QStringLiteral("Lint findings");
    case Section::Queries:
        return QStringLiteral("Query impact");
    case Section::Rehearsal:
        return QStringLiteral("Rehearsal");
    case Section::SignOff:
        return QStringLiteral("Sign-off");
    }
    return {};
}

QString sectionAnchor(Section section)
{
    switch (section) {
    case Section::Summary:
        return QStringLiteral("summary");
    case Section::Diagram:
        return QStringLiteral("diagram");
    case Section::Changes:
        return QStringLiteral("changes");
    case Section::DecisionTree:
        return QStringLiteral("decision-tree");
    case Section::Plan:
        return QStringLiteral("plan");
    case Section::PreChecks:
        return QStringLiteral("pre-checks");
    case Section::Lint:
        return QStringLiteral("lint");
    case Section::Queries:
        return QStringLiteral("queries");
    case Section::Rehearsal:
        return QStringLiteral("rehearsal");
    case Section::SignOff:
        return QStringLiteral("sign-off");
    }
    return {};
}

} // namespace godwit::report
