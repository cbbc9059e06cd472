// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparison.h"

namespace godwit::queries {

QString queryStatusName(QueryStatus status)
{
    switch (status) {
    case QueryStatus::Unchanged:
        return QStringLiteral("unchanged");
    case QueryStatus::Improved:
        return QStringLiteral("improved");
    case QueryStatus::Regressed:
        return QStringLiteral("regressed");
    case QueryStatus::Broken:
        return QStringLiteral("broken");
    case QueryStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString planChangeName(PlanChange::Type type)
{
    using T = PlanChange::Type;
    switch (type) {
    case T::SearchToScan:
        return QStringLiteral("search-to-scan");
    case T::FewerKeyTerms:
        return QStringLiteral("fewer-key-terms");
    case T::TempBTreeAdded:
        return QStringLiteral("temp-b-tree-added");
    case T::CoveringLost:
        return QStringLiteral("covering-index-lost");
    case T::AutomaticIndexAdded:
        return QStringLiteral("automatic-index-added");
    case T::NoLongerPrepares:
        return QStringLiteral("no-longer-prepares");
    case T::ScanToSearch:
        return QStringLiteral("scan-to-search");
    case T::MoreKeyTerms:
        return QStringLiteral("more-key-terms");
    case T::TempBTreeRemoved:
        return QStringLiteral("temp-b-tree-removed");
    case T::CoveringGained:
        return QStringLiteral("covering-index-gained");
    case T::AutomaticIndexRemoved:
        return QStringLiteral("automatic-index-removed");
    case T::IndexChanged:
        return QStringLiteral("index-changed");
    case T::StepsChanged:
        return QStringLiteral("steps-changed");
    }
    return {};
}

} // namespace godwit::queries
