// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstep.h"

#include <QStringList>

namespace godwit::queries {

int PlanStep::equalityCount() const
{
    int n = 0;
    for (const KeyTerm& k : keys) {
        if (k.op == QLatin1String("="))
            ++n;
    }
    return n;
}

QString PlanStep::signature() const
{
    QStringList keyText;
    for (const KeyTerm& k : keys)
        keyText << k.column + k.op;
    return QStringList { stepKindName(kind), table, accessName(access), index, keyText.join(QLatin1Char(',')),
        tempBTreeUseName(tempBTree), correlated ? QStringLiteral("correlated") : QString(),
        kind == StepKind::Other || kind == StepKind::CompoundPart ? detail : QString() }
        .join(QLatin1Char('|'));
}

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Scan:
        return QStringLiteral("scan");
    case StepKind::Search:
        return QStringLiteral("search");
    case StepKind::TempBTree:
        return QStringLiteral("temp-b-tree");
    case StepKind::Subquery:
        return QStringLiteral("subquery");
    case StepKind::Compound:
        return QStringLiteral("compound");
    case StepKind::CompoundPart:
        return QStringLiteral("compound-part");
    case StepKind::MultiIndexOr:
        return QStringLiteral("multi-index-or");
    case StepKind::CoRoutine:
        return QStringLiteral("co-routine");
    case StepKind::Materialize:
        return QStringLiteral("materialize");
    case StepKind::BloomFilter:
        return QStringLiteral("bloom-filter");
    case StepKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString accessName(Access access)
{
    switch (access) {
    case Access::Table:
        return QStringLiteral("table");
    case Access::Index:
        return QStringLiteral("index");
    case Access::CoveringIndex:
        return QStringLiteral("covering-index");
    case Access::IntegerPrimaryKey:
        return QStringLiteral("integer-primary-key");
    case Access::PrimaryKey:
        return QStringLiteral("primary-key");
    case Access::AutomaticIndex:
        return QStringLiteral("automatic-index");
    case Access::AutomaticCoveringIndex:
        return QStringLiteral("automatic-covering-index");
    case Access::VirtualTable:
        return QStringLiteral("virtual-table");
    }
    return {};
}

QString tempBTreeUseName(TempBTreeUse use)
{
    switch (use) {
    case TempBTreeUse::None:
        return {};
    case TempBTreeUse::OrderBy:
        return QStringLiteral("order-by");
    case TempBTreeUse::GroupBy:
        return QStringLiteral("group-by");
    case TempBTreeUse::Distinct:
        return QStringLiteral("distinct");
    case TempBTreeUse::PartOfOrderBy:
        return QStringLiteral("part-of-order-by");
    }
    return {};
}

} // namespace godwit::queries
