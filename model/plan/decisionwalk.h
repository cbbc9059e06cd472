// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerkey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::plan {

// What happens at one node of the decision tree for one group of changes.
struct WalkStep {
    QString nodeId; // DecisionNode::id
    QString answer; // for questions the edge label taken ("Yes: rename/remove"); for actions what the plan does
    QString why; // why the answer is what it is: the classification, the table, or the user's override
    bool applies = true; // false: on the path, but nothing to do for these changes (drawn dashed)
    bool overridden = false; // the answer comes from the user's Answers rather than the classification
    QList<AnswerKey> overrides; // the answers that change this node
    QStringList stepIds; // the PlanSteps this node produced

    bool operator==(const WalkStep&) const = default;
};

// One walk through the schema-migration decision tree, for one change or a group of related
// changes on one table, with the pre-filled answer at every node on the path.
struct DecisionWalk {
    QString id; // stable: the table, or table.column for a single-column group
    QString table;
    QString title; // "Rename orders.estimated_delivery to shipping_eta"
    QString strategy; // "additive", "column-swap", "shadow-table", "drop", "rename-table", "split", "merge", "object"
    QStringList changeIds;
    QList<WalkStep> steps; // in path order

    [[nodiscard]] QStringList path() const; // node ids in order
    [[nodiscard]] const WalkStep* at(QStringView nodeId) const;
    [[nodiscard]] bool isBreaking() const; // the walk went B -> D

    bool operator==(const DecisionWalk&) const = default;
};

} // namespace godwit::plan
