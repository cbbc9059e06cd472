// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::plan {

// A flowchart as data: the seed article's schema-migration decision tree and its modelling
// lifecycle are both instances, so the wizard, the DOT export and the plan all read one
// definition instead of encoding the branches in code paths.
struct DecisionNode {
    enum class Kind { Question, Action };

    QString id; // "A".."I" as in the article's Mermaid source
    Kind kind = Kind::Action;
    QString text; // exactly as the article's flowchart labels it

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
