// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparator.h"

#include <algorithm>

#include <QHash>
#include <QMap>

namespace godwit::queries {

namespace {

    using Type = PlanChange::Type;

    // Steps of `plan` with no identical step left in `other` (compared as multisets of signatures).
    QList<qsizetype> unmatched(const QueryPlan& plan, const QueryPlan& other)
    {
        QHash<QString, int> available;
        for (const PlanStep& s : other.steps)
            ++available[s.signature()];
        QList<qsizetype> out;
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            int& n = available[plan.steps.at(i).signature()];
            if (n > 0)
                --n;
            else
                out << i;
        }
        return out;
    }

    // The SCAN/SEARCH steps per table label, in plan order, so the n-th access of a table
    // before pairs with its n-th access after.
    QHash<QString, QList<const PlanStep*>> accessesByTable(const QueryPlan& plan)
    {
        QHash<QString, QList<const PlanStep*>> out;
        for (const PlanStep& s : plan.steps) {
            if (s.isAccess())
                out[s.table] << &s;
        }
        return out;
    }

    bool readsTableForRest(const PlanStep& s) { return s.access == Access::Index || s.access == Access::Table; }

    void compareAccess(const PlanStep& b, const PlanStep& a, QList<PlanChange>* changes)
    {
        auto add = [&](Type type) { changes->append(PlanChange { type, b.table, b.detail, a.detail }); };
        if (b.kind == StepKind::Search && a.kind == StepKind::Scan) {
            add(Type::SearchToScan);
        } else if (b.kind == StepKind::Scan && a.kind == StepKind::Search) {
            add(Type::ScanToSearch);
        } else if (b.kind == StepKind::Search) {
            const int eqBefore = b.equalityCount();
            const int eqAfter = a.equalityCount();
            const auto termsBefore = b.keys.size();
            const auto termsAfter = a.keys.size();
            if (eqAfter < eqBefore || (eqAfter == eqBefore && termsAfter < termsBefore))
                add(Type::FewerKeyTerms);
            else if (eqAfter > eqBefore || (eqAfter == eqBefore && termsAfter > termsBefore))
                add(Type::MoreKeyTerms);
            else if (a.index != b.index && !a.isAutomatic() && !b.isAutomatic())
                add(Type::IndexChanged);
        } else if (a.index != b.index && !a.isCovering() && !b.isCovering()) {
            add(Type::IndexChanged);
        }
        // An automatic index is always "covering" what it was built for; that is no gain to report.
        if (a.kind == b.kind && !a.isAutomatic() && !b.isAutomatic()) {
            if (b.isCovering() && !a.isCovering() && readsTableForRest(a))
                add(Type::CoveringLost);
            else if (!b.isCovering() && a.isCovering() && readsTableForRest(b))
                add(Type::CoveringGained);
        }
        if (!b.isAutomatic() && a.isAutomatic())
            add(Type::AutomaticIndexAdded);
        else if (b.isAutomatic() && !a.isAutomatic())
            add(Type::AutomaticIndexRemoved);
    }

    void compareTempBTrees(const QueryPlan& before, const QueryPlan& after, QList<PlanChange>* changes)
    {
        auto collect = [](const QueryPlan& plan) {
            QMap<TempBTreeUse, QList<const PlanStep*>> out;
            for (const PlanStep& s : plan.steps) {
                if (s.kind == StepKind::TempBTree)
                    out[s.tempBTree] << &s;
            }
            return out;
        };
        const auto b = collect(before);
        const auto a = collect(after);
        for (TempBTreeUse use :
            { TempBTreeUse::OrderBy, TempBTreeUse::GroupBy, TempBTreeUse::Distinct, TempBTreeUse::PartOfOrderBy }) {
            const auto nb = b.value(use).size();
            const auto na = a.value(use).size();
            for (auto i = nb; i < na; ++i)
                changes->append(PlanChange { Type::TempBTreeAdded, {}, {}, a.value(use).at(i)->detail });
            for (auto i = na; i < nb; ++i)
                changes->append(PlanChange { Type::TempBTreeRemoved, {}, b.value(use).at(i)->detail, {} });
        }
    }

} // namespace

PlanComparison PlanComparator::compare(const QueryPlan& before, const QueryPlan& after)
{
    PlanComparison c;
    if (before.isBroken()) {
        c.status = QueryStatus::Invalid;
        return c;
    }
    if (after.isBroken()) {
        c.status = QueryStatus::Broken;
        c.changes << PlanChange { Type::NoLongerPrepares, after.missingName, {}, after.error };
        for (qsizetype i = 0; i < before.steps.size(); ++i)
            c.differingBefore << i;
        return c;
    }
    c.differingBefore = unmatched(before, after);
    c.differingAfter = unmatched(after, before);

    const auto accessBefore = accessesByTable(before);
    const auto accessAfter = accessesByTable(after);
    // Walk tables in the order the before plan first names them, so changes read top to bottom.
    QStringList tables;
    for (const PlanStep& s : before.steps) {
        if (s.isAccess() && !tables.contains(s.table))
            tables << s.table;
    }
    for (const QString& table : std::as_const(tables)) {
        const auto& b = accessBefore.value(table);
        const auto& a = accessAfter.value(table);
        for (qsizetype i = 0; i < std::min(b.size(), a.size()); ++i)
            compareAccess(*b.at(i), *a.at(i), &c.changes);
    }
    compareTempBTrees(before, after, &c.changes);
    if (c.changes.isEmpty() && (!c.differingBefore.isEmpty() || !c.differingAfter.isEmpty()))
        c.changes << PlanChange { Type::StepsChanged, {}, {}, {} };

    const bool regressed
        = std::any_of(c.changes.begin(), c.changes.end(), [](const PlanChange& x) { return x.isRegression(); });
    const bool improved
        = std::any_of(c.changes.begin(), c.changes.end(), [](const PlanChange& x) { return x.isImprovement(); });
    c.status = regressed ? QueryStatus::Regressed : improved ? QueryStatus::Improved : QueryStatus::Unchanged;
    return c;
}

} // namespace godwit::queries
