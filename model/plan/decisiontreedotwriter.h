// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisiontree.h"
#include "decisionwalk.h"
#include "migrationplan.h"

namespace godwit::plan {

// The decision tree as Graphviz DOT, for the layout service and `dot -Tsvg`: questions as
// diamonds, actions as boxes, the walk's path drawn thick and blue, nodes on the path that do
// nothing for the group dashed, the current node filled.
class DecisionTreeDotWriter final {
public:
    [[nodiscard]] static QString write(
        const DecisionTree& tree, const DecisionWalk* walk = nullptr, const QString& currentNode = {});
    // `godwit plan --format dot`: one graph per group of changes, the schema-migration tree with
    // that group's walk drawn on it (`dot -Tsvg -O` writes one file each); the bare tree when the
    // plan has nothing to do.
    [[nodiscard]] static QString write(const MigrationPlan& plan);
};

} // namespace godwit::plan
