// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjsonwriter.h"

#include "core/jsontext.h"
#include "decisiontree.h"

#include <QJsonArray>
#include <QJsonObject>

namespace godwit::plan {

namespace {

    const QStringList kKeyOrder = { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("before"),
        QStringLiteral("after"), QStringLiteral("summary"), QStringLiteral("steps"), QStringLiteral("walks"),
        QStringLiteral("byPhase"), QStringLiteral("warnings"), QStringLiteral("id"), QStringLiteral("phase"),
        QStringLiteral("title"), QStringLiteral("walk"), QStringLiteral("changes"), QStringLiteral("explanation"),
        QStringLiteral("transactional"), QStringLiteral("preconditions"), QStringLiteral("text"),
        QStringLiteral("checkSql"), QStringLiteral("sql"), QStringLiteral("rollbackSql"),
        QStringLiteral("verificationSql"), QStringLiteral("backfill"), QStringLiteral("table"),
        QStringLiteral("keyColumn"), QStringLiteral("batchSize"), QStringLiteral("batchSql"),
        QStringLiteral("firstKeySql"), QStringLiteral("lastKeySql"), QStringLiteral("remainingSql"),
        QStringLiteral("wholeSql"), QStringLiteral("strategy"), QStringLiteral("path"), QStringLiteral("nodes"),
        QStringLiteral("node"), QStringLiteral("answer"), QStringLiteral("why"), QStringLiteral("applies"),
        QStringLiteral("overridden"), QStringLiteral("overrides"), QStringLiteral("stops"),
        QStringLiteral("dataChecked"), QStringLiteral("dataChecks"), QStringLiteral("kind"), QStringLiteral("change"),
        QStringLiteral("description"), QStringLiteral("rowsSql"), QStringLiteral("samples"), QStringLiteral("rows"),
        QStringLiteral("resolution"), QStringLiteral("step") };

    QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

} // namespace

QString PlanJsonWriter::write(const MigrationPlan& plan, const QList<DataCheckRows>& rows)
{
    const DecisionTree tree = DecisionTree::schemaMigration();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("godwit.plan"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("before"), plan.before);
    root.insert(QStringLiteral("after"), plan.after);
    QJsonObject byPhase;
    for (Phase p : allPhases())
        byPhase.insert(phaseName(p), static_cast<int>(plan.stepsIn(p).size()));
    QJsonObject summary;
    summary.insert(QStringLiteral("steps"), static_cast<int>(plan.steps.size()));
    summary.insert(QStringLiteral("walks"), static_cast<int>(plan.walks.size()));
    summary.insert(QStringLiteral("byPhase"), byPhase);
    summary.insert(QStringLiteral("warnings"), static_cast<int>(plan.warnings.size()));
    summary.insert(QStringLiteral("dataChecked"), plan.dataChecked);
    summary.insert(QStringLiteral("stops"), !plan.stoppingChecks().isEmpty());
    root.insert(QStringLiteral("summary"), summary);
    QJsonArray dataChecks;
    for (qsizetype i = 0; i < plan.dataChecks.size(); ++i) {
        const DataCheckOutcome& d = plan.dataChecks.at(i);
        QJsonObject o;
        o.insert(QStringLiteral("kind"), d.kind);
        o.insert(QStringLiteral("change"), d.changeId);
        o.insert(QStringLiteral("table"), d.table);
        o.insert(QStringLiteral("description"), d.description);
        o.insert(QStringLiteral("checkSql"), d.countSql);
        if (i < rows.size()) {
            o.insert(QStringLiteral("rowsSql"), rows.at(i).rowsSql);
            o.insert(QStringLiteral("samples"), QJsonArray::fromStringList(rows.at(i).samples));
        }
        o.insert(QStringLiteral("rows"), d.rows);
        o.insert(QStringLiteral("stops"), d.stops);
        o.insert(QStringLiteral("resolution"), d.resolution);
        o.insert(QStringLiteral("step"), orNull(d.stepId));
        dataChecks.append(o);
    }
    root.insert(QStringLiteral("dataChecks"), dataChecks);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));

    QJsonArray walks;
    for (const DecisionWalk& w : plan.walks) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), w.id);
        o.insert(QStringLiteral("table"), w.table);
        o.insert(QStringLiteral("title"), w.title);
        o.insert(QStringLiteral("strategy"), w.strategy);
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(w.changeIds));
        o.insert(QStringLiteral("path"), QJsonArray::fromStringList(w.path()));
        QJsonArray nodes;
        for (const WalkStep& s : w.steps) {
            QJsonObject n;
            n.insert(QStringLiteral("node"), s.nodeId);
            const DecisionNode* node = tree.node(s.nodeId);
            n.insert(QStringLiteral("text"), node ? node->text : QString());
            n.insert(QStringLiteral("answer"), s.answer);
            n.insert(QStringLiteral("why"), s.why);
            n.insert(QStringLiteral("applies"), s.applies);
            n.insert(QStringLiteral("overridden"), s.overridden);
            QJsonArray overrides;
            for (AnswerKey key : s.overrides)
                overrides.append(answerKeyName(key));
            n.insert(QStringLiteral("overrides"), overrides);
            n.insert(QStringLiteral("steps"), QJsonArray::fromStringList(s.stepIds));
            nodes.append(n);
        }
        o.insert(QStringLiteral("nodes"), nodes);
        walks.append(o);
    }
    root.insert(QStringLiteral("walks"), walks);

    QJsonArray steps;
    for (const PlanStep& s : plan.steps) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("phase"), phaseName(s.phase));
        o.insert(QStringLiteral("title"), s.title);
        o.insert(QStringLiteral("walk"), s.walkId);
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(s.changeIds));
        o.insert(QStringLiteral("explanation"), s.explanation);
        o.insert(QStringLiteral("transactional"), s.transactional);
        QJsonArray pre;
        for (const Precondition& p : s.preconditions) {
            QJsonObject po;
            po.insert(QStringLiteral("text"), p.text);
            po.insert(QStringLiteral("checkSql"), orNull(p.checkSql));
            pre.append(po);
        }
        o.insert(QStringLiteral("preconditions"), pre);
        o.insert(QStringLiteral("sql"), s.sql);
        o.insert(QStringLiteral("rollbackSql"), s.rollbackSql);
        o.insert(QStringLiteral("verificationSql"), orNull(s.verificationSql));
        if (s.backfill) {
            const BackfillSpec& b = *s.backfill;
            QJsonObject bo;
            bo.insert(QStringLiteral("table"), b.table);
            bo.insert(QStringLiteral("keyColumn"), orNull(b.keyColumn));
            bo.insert(QStringLiteral("batchSize"), b.batchSize);
            bo.insert(QStringLiteral("batchSql"), b.batchSql);
            bo.insert(QStringLiteral("firstKeySql"), b.firstKeySql);
            bo.insert(QStringLiteral("lastKeySql"), b.lastKeySql);
            bo.insert(QStringLiteral("remainingSql"), b.remainingSql);
            bo.insert(QStringLiteral("wholeSql"), b.wholeSql);
            o.insert(QStringLiteral("backfill"), bo);
        } else {
            o.insert(QStringLiteral("backfill"), QJsonValue(QJsonValue::Null));
        }
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings));
        steps.append(o);
    }
    root.insert(QStringLiteral("steps"), steps);
    return JsonText::write(root, kKeyOrder);
}

} // namespace godwit::plan
