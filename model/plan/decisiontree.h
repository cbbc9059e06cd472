// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::plan {

// A flowchart as data: the schema-migration decision tree (change? breaking? version, dual-write,
// backfill, switch reads, contract) and the query-first modelling lifecycle are both instances, so the wizard, the DOT
// export and the plan all read one definition instead of encoding the branches in code paths.
struct DecisionNode {
    enum class Kind { Question, Action };

    QString id; // "A".."I", the nodes of the flowchart's Mermaid source
    Kind kind = Kind::Action;
    QString text; // the flowchart's label, word for word

    bool operator==(const DecisionNode&) const = default;
};

struct DecisionEdge {
    QString from;
    QString to;
    QString label; // the answer that leads along this edge; empty for plain sequence edges

    bool operator==(const DecisionEdge&) const = default;
};

struct DecisionTree {
    QString title;
    QList<DecisionNode> nodes;
    QList<DecisionEdge> edges;

    [[nodiscard]] const DecisionNode* node(QStringView id) const;
    [[nodiscard]] QList<DecisionEdge> edgesFrom(QStringView id) const;
    // The edge from `from` to `to`, or nullptr.
    [[nodiscard]] const DecisionEdge* edge(QStringView from, QStringView to) const;

    // "Schema Migration Decision Tree": A Need schema change? ... I Contract: remove old field.
    [[nodiscard]] static DecisionTree schemaMigration();
    // "Query-to-Model Workflow": List top queries ... Monitor query drift and adjust.
    [[nodiscard]] static DecisionTree modellingLifecycle();

    bool operator==(const DecisionTree&) const = default;
};

} // namespace godwit::plan
