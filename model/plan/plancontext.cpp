// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancontext.h"

#include "diff/dependencyfinder.h"
#include "diff/viewdependencies.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "schema/tablerebuild.h"

#include <algorithm>

namespace godwit::plan {

using diff::Change;
using diff::ChangeType;
using diff::DependencyFinder;
using diff::ObjectKind;
using diff::ViewDependencies;
using schema::quoteIdentifierIfNeeded;
using schema::sameIdentifier;

namespace {

    // SELECT * or t.* in the result list: the query reads every column, whatever their names
    // (count(*) and a * b do not).
    bool selectsAllColumns(const QString& sql)
    {
        const QList<schema::SqlToken> tokens = schema::SqlTokenizer::significantTokens(sql);
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            if (!tokens[i].isPunct(QLatin1Char('*')))
                continue;
            const schema::SqlToken& before = tokens[i - 1];
            if (before.is(QLatin1StringView("SELECT")) || before.is(QLatin1StringView("DISTINCT"))
                || before.is(QLatin1StringView("ALL")) || before.isPunct(QLatin1Char(','))
                || before.isPunct(QLatin1Char('.')))
                return true;
        }
        return false;
    }

} // namespace

PlanContext::PlanContext(const diff::ChangeSet& set, const Answers& answers)
    : m_set(set)
    , m_answers(answers)
{
}

ChangeAnswers PlanContext::answersFor(const Change& change) const
{
    return m_answers.forChange(change.id(), change.table);
}

ChangeAnswers PlanContext::answersForTable(const QString& table) const
{
    return m_answers.forChange(Answers::tableKey(table), table);
}

int PlanContext::batchSize(const ChangeAnswers& answers) const
{
    return std::max(1, answers.backfillBatchSize.value_or(m_answers.batchSize));
}

QString PlanContext::beforeName(const QString& afterName) const
{
    for (const Change& c : m_set.changes) {
        if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed && sameIdentifier(c.name, afterName))
            return c.oldName;
    }
    return afterName;
}

std::optional<schema::Table> PlanContext::beforeTable(const QString& afterName) const
{
    const QString name = beforeName(afterName);
    const schema::Table* t = m_set.before.table(name);
    if (!t)
        return std::nullopt;
    schema::Table copy = *t;
    if (!sameIdentifier(name, afterName)) {
        copy.name = afterName;
        if (!copy.sql.isEmpty())
            copy.sql = schema::TableRebuild::renameCreateStatement(copy.sql, afterName);
        for (auto& index : copy.indexes)
            index.table = afterName;
    }
    return copy;
}

bool PlanContext::isChanged(ObjectKind kind, const QString& name) const
{
    return std::ranges::any_of(m_set.changes, [&](const Change& c) {
        return c.object == kind && (sameIdentifier(c.name, name) || sameIdentifier(c.oldName, name));
    });
}

QStringList PlanContext::changedViews() const
{
    QStringList out;
    for (const Change& c : m_set.changes) {
        if (c.object == ObjectKind::View && c.type != ChangeType::Added)
            out << c.name;
    }
    return out;
}

std::pair<QStringList, QStringList> PlanContext::rebuildDependents(const QString& table) const
{
    const QString oldName = beforeName(table);
    // Views that read a changed view are dropped and recreated with it (viewDependents()).
    const QStringList followViews = ViewDependencies::dependentViews(m_set.after, changedViews());
    auto unchangedView = [&](const QString& name) {
        return !isChanged(ObjectKind::View, name) && !schema::containsIdentifier(followViews, name);
    };
    QStringList views;
    for (const auto& v : m_set.after.views) {
        if (unchangedView(v.name)
            && (DependencyFinder::mentions(v.sql, table) || DependencyFinder::mentions(v.sql, oldName)))
            views << v.name;
    }
    // A view reading one of those views goes too, or it would dangle while they are away.
    for (const QString& v : ViewDependencies::dependentViews(m_set.after, views)) {
        if (unchangedView(v))
            views << v;
    }
    views = ViewDependencies::creationOrder(m_set.after, views);
    QStringList drops;
    QStringList creates;
    for (auto v = views.crbegin(); v != views.crend(); ++v)
        drops << QStringLiteral("DROP VIEW %1").arg(quoteIdentifierIfNeeded(*v));
    for (const QString& v : views)
        creates << m_set.after.view(v)->sql;
    for (const auto& [owner, sql] : m_compatibilityViews) {
        const auto tokens = schema::SqlTokenizer::significantTokens(sql);
        // CREATE VIEW name AS ...: the third token is the name.
        if (tokens.size() > 2 && (sameIdentifier(owner, table) || DependencyFinder::mentions(sql, table))) {
            drops << QStringLiteral("DROP VIEW %1").arg(quoteIdentifierIfNeeded(tokens[2].identifier()));
            creates << sql;
        }
    }
    const QStringList usedViews = ViewDependencies::triggersUsing(m_set.after, views);
    for (const auto& t : m_set.after.triggers) {
        if (!isChanged(ObjectKind::Trigger, t.name)
            && (sameIdentifier(t.table, table) || DependencyFinder::mentions(t.sql, table)
                || DependencyFinder::mentions(t.sql, oldName) || usedViews.contains(t.name))) {
            drops << QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifierIfNeeded(t.name));
            creates << t.sql;
        }
    }
    return { drops, creates };
}

PlanContext::ViewDependents PlanContext::viewDependents(const QString& view) const
{
    const QStringList changed = changedViews();
    auto dependentsOf = [&](const QString& changedView) {
        QStringList out;
        for (const QString& v : ViewDependencies::dependentViews(m_set.after, { changedView })) {
            if (!isChanged(ObjectKind::View, v))
                out << v;
        }
        return out;
    };
    // The changed views (in plan order) an object with this SQL reads, directly or through
    // their dependents: the first one's unit restores it on rollback, the last one's recreates it.
    auto owners = [&](const QString& sql) {
        QStringList out;
        for (const QString& c : changed) {
            QStringList names = dependentsOf(c);
            names << c;
            if (std::ranges::any_of(names, [&](const QString& n) { return DependencyFinder::mentions(sql, n); }))
                out << c;
        }
        return out;
    };
    ViewDependents out;
    const QStringList views = dependentsOf(view);
    QList<const schema::Trigger*> triggers;
    for (const auto& t : m_set.after.triggers) {
        if (!isChanged(ObjectKind::Trigger, t.name) && schema::containsIdentifier(owners(t.sql), view))
            triggers << &t;
    }
    for (const schema::Trigger* t : triggers)
        out.drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteIdentifierIfNeeded(t->name));
    for (auto v = views.crbegin(); v != views.crend(); ++v)
        out.drops << QStringLiteral("DROP VIEW IF EXISTS %1").arg(quoteIdentifierIfNeeded(*v));
    for (const QString& v : views) {
        const QStringList by = owners(m_set.after.view(v)->sql);
        if (!by.isEmpty() && sameIdentifier(by.last(), view))
            out.creates << m_set.after.view(v)->sql;
        if (!by.isEmpty() && sameIdentifier(by.first(), view) && m_set.before.view(v))
            out.restores << m_set.before.view(v)->sql;
    }
    for (const schema::Trigger* t : triggers) {
        const QStringList by = owners(t->sql);
        if (sameIdentifier(by.last(), view))
            out.creates << t->sql;
        if (sameIdentifier(by.first(), view))
            out.restores << t->sql;
    }
    return out;
}

QStringList PlanContext::queriesUsing(const QString& table, const QString& column) const
{
    QStringList out;
    for (const QString& q : m_answers.queries) {
        if (!DependencyFinder::mentions(q, table))
            continue;
        if (column.isEmpty() || DependencyFinder::mentionsColumn(q, column) || selectsAllColumns(q))
            out << q;
    }
    return out;
}

void PlanContext::registerCompatibilityView(const QString& table, const QString& createSql)
{
    m_compatibilityViews.append({ table, createSql });
}

void PlanContext::markBackfilled(const QString& table, const QString& column)
{
    m_backfilled.insert(schema::identifierKey(QStringLiteral("%1.%2").arg(table, column)));
}

bool PlanContext::isBackfilled(const QString& table, const QString& column) const
{
    return m_backfilled.contains(schema::identifierKey(QStringLiteral("%1.%2").arg(table, column)));
}

bool PlanContext::hasBackfill(const QString& table) const
{
    const QString prefix = schema::identifierKey(table) + QLatin1Char('.');
    return std::ranges::any_of(m_backfilled, [&](const QString& k) { return k.startsWith(prefix); });
}

RankedStep PlanContext::makeStep(Phase phase, Rank rank, const QString& id, const QString& title)
{
    RankedStep s;
    s.rank = rank;
    s.step.phase = phase;
    s.step.id = QStringLiteral("%1:%2").arg(phaseName(phase), id);
    s.step.title = title;
    return s;
}

WalkStep* PlanContext::addNode(DecisionWalk& walk, const QString& nodeId, const QString& answer, const QString& why,
    bool applies, const QList<AnswerKey>& overrides, const QStringList& stepIds)
{
    WalkStep w;
    w.nodeId = nodeId;
    w.answer = answer;
    w.why = why;
    w.applies = applies;
    w.overrides = overrides;
    w.stepIds = stepIds;
    walk.steps << w;
    return &walk.steps.last();
}

QString PlanContext::count(qsizetype n, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

} // namespace godwit::plan
