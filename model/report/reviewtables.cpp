// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtables.h"

#include "lint/lintrule.h"
#include "plan/decisiontree.h"

#include <QLocale>

namespace godwit::report {

namespace {

    QString count(qint64 n) { return QLocale::c().toString(n); }

    QString orDash(const QString& s) { return s.isEmpty() ? QStringLiteral("—") : s; }

    QString dependents(const diff::Change& c)
    {
        QStringList out;
        for (const diff::Dependent& d : c.dependents)
            out << QStringLiteral("%1 %2 (%3)").arg(diff::objectKindName(d.kind), d.name, d.detail);
        return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral("; "));
    }

} // namespace

QString ReviewTables::latency(double ms)
{
    return ms < 10 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 2) : QStringLiteral("%1 ms").arg(qRound64(ms));
}

QString ReviewTables::impactTitle(diff::Impact impact)
{
    switch (impact) {
    case diff::Impact::Additive:
        return QStringLiteral("Additive");
    case diff::Impact::BreaksReaders:
        return QStringLiteral("Breaks readers");
    case diff::Impact::BreaksWriters:
        return QStringLiteral("Breaks writers");
    case diff::Impact::Destructive:
        return QStringLiteral("Destructive");
    }
    return {};
}

QString ReviewTables::changeTitle(const diff::Change& c)
{
    const QString object = c.object == diff::ObjectKind::Table ? c.name
        : c.table.isEmpty() || c.table == c.name               ? c.name
                                                               : QStringLiteral("%1.%2").arg(c.table, c.name);
    QString title
        = QStringLiteral("%1 %2 %3").arg(diff::objectKindName(c.object), object, diff::changeTypeName(c.type));
    if (c.type == diff::ChangeType::Renamed)
        title += QStringLiteral(" from %1").arg(c.oldName);
    if (c.isProposal)
        title += QStringLiteral(" (proposed rename, to confirm)");
    return title;
}

ReviewTable ReviewTables::header(const ReviewReport& r)
{
    const ReviewHeader& h = r.header;
    ReviewTable t { { QStringLiteral("Item"), QStringLiteral("Value") }, {} };
    t.rows << QStringList { QStringLiteral("Before"), h.before } << QStringList { QStringLiteral("After"), h.after };
    t.rows << QStringList { QStringLiteral("Answers"), h.answers.isEmpty() ? QStringLiteral("pre-filled") : h.answers };
    if (!h.queries.isEmpty())
        t.rows << QStringList { QStringLiteral("Queries"), h.queries };
    t.rows << QStringList { QStringLiteral("Date"), h.generated.toString(Qt::ISODate) };
    t.rows << QStringList { QStringLiteral("Godwit"), h.godwitVersion };
    t.rows << QStringList { QStringLiteral("SQLite"), h.sqliteVersion };
    if (h.originalSize >= 0) {
        t.rows << QStringList { QStringLiteral("Original SHA-256"), h.originalSha256 };
        t.rows << QStringList { QStringLiteral("Original size"),
            QStringLiteral("%1 bytes").arg(count(h.originalSize)) };
    }
    return t;
}

ReviewTable ReviewTables::summary(const ReviewReport& r)
{
    const ReviewSummary s = r.summary();
    ReviewTable t { { QStringLiteral("Item"), QStringLiteral("Count") }, {} };
    auto row = [&](const QString& name, const QString& value) { t.rows << QStringList { name, value }; };
    row(QStringLiteral("Changes"), QString::number(s.changes));
    row(QStringLiteral("Additive"), QString::number(s.additive));
    row(QStringLiteral("Breaks readers"), QString::number(s.breaksReaders));
    row(QStringLiteral("Breaks writers"), QString::number(s.breaksWriters));
    row(QStringLiteral("Destructive"), QString::number(s.destructive));
    row(QStringLiteral("Table rebuilds"), QString::number(s.rebuilds));
    row(QStringLiteral("Renames to confirm"), QString::number(s.renamesToConfirm));
    row(QStringLiteral("Plan steps"), QString::number(s.steps));
    row(QStringLiteral("Pre-check failures"), QString::number(s.preChecksFailed));
    row(QStringLiteral("Lint errors"), QString::number(s.lintErrors));
    row(QStringLiteral("Lint warnings"), QString::number(s.lintWarnings));
    row(QStringLiteral("Query regressions"),
        s.queriesChecked ? QString::number(s.queryRegressions) : QStringLiteral("not checked"));
    row(QStringLiteral("Rehearsal verdict"), s.rehearsalVerdict());
    row(QStringLiteral("Point of no return"), pointOfNoReturn(r));
    return t;
}

QString ReviewTables::pointOfNoReturn(const ReviewReport& r)
{
    const plan::PlanStep* step = r.pointOfNoReturn();
    if (!step)
        return QStringLiteral("none: every step can be rolled back without losing data");
    return QStringLiteral("%1 (%2: %3)").arg(step->id, plan::phaseTitle(step->phase), step->title);
}

ReviewTable ReviewTables::changes(const ReviewReport& r)
{
    ReviewTable t { { QStringLiteral("Change"), QStringLiteral("Classification"), QStringLiteral("Reason"),
                        QStringLiteral("SQLite"), QStringLiteral("Dependents"), QStringLiteral("Risk") },
        {} };
    for (const diff::Change& c : r.changes.changes) {
        const diff::Classification& k = c.classification;
        QString risk = diff::riskName(k.risk);
        if (!k.riskFactors.isEmpty())
            risk += QStringLiteral(": ") + k.riskFactors.join(QStringLiteral("; "));
        t.rows << QStringList { changeTitle(c), impactTitle(k.impact), k.reason,
            QStringLiteral("%1: %2").arg(
                k.capability == diff::Capability::InPlace ? QStringLiteral("in place") : QStringLiteral("rebuild"),
                orDash(k.sqliteRule)),
            dependents(c), risk };
    }
    return t;
}

ReviewTable ReviewTables::walk(const plan::DecisionWalk& w)
{
    const plan::DecisionTree tree = plan::DecisionTree::schemaMigration();
    ReviewTable t { { QStringLiteral("Node"), QStringLiteral("Question or action"), QStringLiteral("Answer"),
                        QStringLiteral("Why"), QStringLiteral("Steps") },
        {} };
    for (const plan::WalkStep& s : w.steps) {
        const plan::DecisionNode* node = tree.node(s.nodeId);
        QString answer = s.answer;
        if (!s.applies)
            answer += QStringLiteral(" (nothing to do)");
        if (s.overridden)
            answer += QStringLiteral(" (your answer)");
        t.rows << QStringList { s.nodeId, node ? node->text : QString(), answer, s.why,
            orDash(s.stepIds.join(QStringLiteral(", "))) };
    }
    return t;
}

ReviewTable ReviewTables::phaseSteps(const ReviewReport& r, plan::Phase phase)
{
    ReviewTable t { { QStringLiteral("#"), QStringLiteral("Step"), QStringLiteral("Title"), QStringLiteral("Runs") },
        {} };
    int n = 0;
    for (const plan::PlanStep* s : r.plan.stepsIn(phase))
        t.rows << QStringList { QString::number(++n), s->id, s->title,
            s->transactional ? QStringLiteral("in a transaction") : QStringLiteral("manages its own transaction") };
    return t;
}

ReviewTable ReviewTables::preChecks(const ReviewReport& r)
{
    ReviewTable t { { QStringLiteral("Check"), QStringLiteral("Kind"), QStringLiteral("Table"),
                        QStringLiteral("Rows found"), QStringLiteral("Result") },
        {} };
    for (const PreCheck& p : r.preChecks) {
        const QString result = p.count < 0 ? QStringLiteral("not counted: %1").arg(p.error)
            : p.failed()                   ? QStringLiteral("FAILED")
                                           : QStringLiteral("passed");
        t.rows << QStringList { p.check.description, plan::DataCheck::kindName(p.check.kind), p.check.table,
            p.count < 0 ? QStringLiteral("—") : count(p.count), result };
    }
    return t;
}

ReviewTable ReviewTables::lint(const ReviewReport& r)
{
    ReviewTable t { { QStringLiteral("Code"), QStringLiteral("Severity"), QStringLiteral("Where"),
                        QStringLiteral("Finding"), QStringLiteral("Fix") },
        {} };
    for (const lint::LintFinding& f : r.lint.findings) {
        const lint::LintRule* rule = lint::LintRule::find(f.code);
        QString where = f.file;
        if (f.line > 0)
            where += QStringLiteral(":%1").arg(f.line);
        QString message = f.message;
        if (f.count >= 0)
            message += QStringLiteral(" (%1 rows)").arg(count(f.count));
        t.rows << QStringList { f.code, lint::severityName(f.severity), where, message, rule ? rule->fix : QString() };
    }
    return t;
}

QList<const queries::QueryResult*> ReviewTables::problemQueries(const queries::QueryReport& q)
{
    QList<const queries::QueryResult*> out;
    for (const queries::QueryResult& r : q.queries) {
        if (r.comparison.status == queries::QueryStatus::Regressed
            || r.comparison.status == queries::QueryStatus::Broken)
            out << &r;
    }
    return out;
}

ReviewTable ReviewTables::queries(const queries::QueryReport& q)
{
    ReviewTable t { { QStringLiteral("Query"), QStringLiteral("Verdict"), QStringLiteral("What changed"),
                        QStringLiteral("Indexes advised") },
        {} };
    for (const queries::QueryResult& r : q.queries) {
        QStringList what;
        for (const queries::PlanChange& c : r.comparison.changes)
            what << QStringLiteral("%1 %2").arg(queries::planChangeName(c.type), c.table).trimmed();
        t.rows << QStringList { r.query.name, queries::queryStatusName(r.comparison.status),
            what.isEmpty() ? QStringLiteral("—") : what.join(QStringLiteral("; ")),
            orDash(r.proposals.join(QStringLiteral(", "))) };
    }
    return t;
}

ReviewTable ReviewTables::indexAdvice(const queries::QueryReport& q)
{
    ReviewTable t {
        { QStringLiteral("Index"), QStringLiteral("Removes"), QStringLiteral("Serves"), QStringLiteral("SQL") }, {}
    };
    for (const queries::IndexProposal& p : q.proposals)
        t.rows << QStringList { p.name, p.reason, p.queries.join(QStringLiteral(", ")), p.sql };
    return t;
}

ReviewTable ReviewTables::writeCost(const queries::QueryReport& q)
{
    ReviewTable t { { QStringLiteral("Index"), QStringLiteral("Table"), QStringLiteral("Insert cost per row"),
                        QStringLiteral("Update cost per row"), QStringLiteral("Size") },
        {} };
    for (const queries::IndexCost& c : q.costs) {
        if (!c.error.isEmpty()) {
            t.rows << QStringList { c.index, c.table, c.error, QString(), QString() };
            continue;
        }
        t.rows << QStringList { c.index, c.table, QStringLiteral("%1 µs").arg(c.insertOverheadUs(), 0, 'f', 1),
            QStringLiteral("%1 µs").arg(c.updateOverheadUs(), 0, 'f', 1),
            c.sizeBytes < 0 ? QStringLiteral("unknown") : QStringLiteral("%1 bytes").arg(count(c.sizeBytes)) };
    }
    return t;
}

ReviewTable ReviewTables::rehearsalPhases(const rehearsal::RehearsalResult& r)
{
    ReviewTable t { { QStringLiteral("Phase"), QStringLiteral("Status"), QStringLiteral("Time"),
                        QStringLiteral("Load (ops/s)"), QStringLiteral("Read p99"), QStringLiteral("Write p99"),
                        QStringLiteral("Backfilled"), QStringLiteral("Backfill rows/s"), QStringLiteral("Drift"),
                        QStringLiteral("NULL reads (old, new)") },
        {} };
    for (const rehearsal::PhaseRecord& p : r.phases) {
        qint64 backfilled = 0;
        double rate = 0;
        for (const rehearsal::BackfillSummary& b : p.backfills) {
            backfilled += b.rowsThisRun;
            rate += b.rowsPerSecond;
        }
        t.rows << QStringList { p.title, rehearsal::phaseStatusName(p.status),
            QStringLiteral("%1 s").arg(p.durationMs / 1000.0, 0, 'f', 1),
            QString::number(qRound64(p.workload.operationsPerSecond)), latency(p.workload.reads.p99Ms),
            latency(p.workload.writes.p99Ms), count(backfilled),
            p.backfills.isEmpty() ? QStringLiteral("—") : count(qRound64(rate)),
            p.driftRows < 0 ? QStringLiteral("—") : count(p.driftRows),
            QStringLiteral("%1, %2").arg(p.workload.oldVersion.nullReads).arg(p.workload.newVersion.nullReads) };
    }
    return t;
}

ReviewTable ReviewTables::incidents(const rehearsal::RehearsalResult& r)
{
    ReviewTable t { { QStringLiteral("Severity"), QStringLiteral("Kind"), QStringLiteral("Phase"), QStringLiteral("At"),
                        QStringLiteral("What happened") },
        {} };
    for (const rehearsal::Incident& i : r.incidents)
        t.rows << QStringList { rehearsal::severityName(i.severity), i.kind, i.phase,
            QStringLiteral("%1 s").arg(i.atMs / 1000.0, 0, 'f', 1), i.message };
    return t;
}

ReviewTable ReviewTables::signOff(int blankRows)
{
    ReviewTable t { { QStringLiteral("Reviewer"), QStringLiteral("Role"),
                        QStringLiteral("Decision (approve / changes / reject)"), QStringLiteral("Date"),
                        QStringLiteral("Signature") },
        {} };
    for (int i = 0; i < blankRows; ++i)
        t.rows << QStringList { QString(), QString(), QString(), QString(), QString() };
    return t;
}

} // namespace godwit::report
