// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryplan.h"

#include <algorithm>

namespace godwit::queries {

QList<qsizetype> QueryPlan::children(qsizetype index) const
{
    QList<qsizetype> out;
    const int parentId = index < 0 ? 0 : steps.at(index).id;
    for (qsizetype i = index + 1; i < steps.size(); ++i) {
        if (steps.at(i).parent == parentId)
            out << i;
    }
    if (index < 0) {
        // Top-level rows have parent 0; a parent id that no row has also makes a root.
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const int p = steps.at(i).parent;
            if (p != 0 && std::none_of(steps.begin(), steps.end(), [p](const PlanStep& s) { return s.id == p; }))
                out << i;
        }
        std::sort(out.begin(), out.end());
    }
    return out;
}

QStringList QueryPlan::indexesUsed() const
{
    QStringList out;
    for (const PlanStep& s : steps) {
        if (!s.index.isEmpty() && !out.contains(s.index))
            out << s.index;
    }
    return out;
}

bool QueryPlan::hasFullScan() const
{
    return std::any_of(steps.begin(), steps.end(), [](const PlanStep& s) { return s.kind == StepKind::Scan; });
}

bool QueryPlan::hasTempBTree() const
{
    return std::any_of(steps.begin(), steps.end(), [](const PlanStep& s) { return s.kind == StepKind::TempBTree; });
}

bool QueryPlan::hasAutomaticIndex() const
{
    return std::any_of(steps.begin(), steps.end(), [](const PlanStep& s) { return s.isAutomatic(); });
}

QString QueryPlan::toText() const
{
    if (isBroken())
        return QStringLiteral("error: %1\n").arg(error);
    QString out = QStringLiteral("QUERY PLAN\n");
    // For each depth, whether a later sibling still follows (draws "|  " instead of "   ").
    QList<bool> open;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlanStep& s = steps.at(i);
        bool last = true;
        for (qsizetype j = i + 1; j < steps.size(); ++j) {
            if (steps.at(j).depth < s.depth)
                break;
            if (steps.at(j).depth == s.depth && steps.at(j).parent == s.parent) {
                last = false;
                break;
            }
        }
        open.resize(s.depth + 1);
        for (int d = 0; d < s.depth; ++d)
            out += open.at(d) ? QStringLiteral("|  ") : QStringLiteral("   ");
        out += (last ? QStringLiteral("`--") : QStringLiteral("|--")) + s.detail + QLatin1Char('\n');
        open[s.depth] = !last;
    }
    return out;
}

QString missingKindName(MissingKind kind)
{
    switch (kind) {
    case MissingKind::None:
        return {};
    case MissingKind::Column:
        return QStringLiteral("column");
    case MissingKind::Table:
        return QStringLiteral("table");
    case MissingKind::Index:
        return QStringLiteral("index");
    case MissingKind::Function:
        return QStringLiteral("function");
    case MissingKind::Collation:
        return QStringLiteral("collation");
    case MissingKind::AmbiguousColumn:
        return QStringLiteral("ambiguous-column");
    case MissingKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace godwit::queries
