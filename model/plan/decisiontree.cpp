// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontree.h"

#include <algorithm>

namespace godwit::plan {

namespace {

    DecisionNode question(const char* id, const char* text)
    {
        return { QString::fromLatin1(id), DecisionNode::Kind::Question, QString::fromUtf8(text) };
    }

    DecisionNode action(const char* id, const char* text)
    {
        return { QString::fromLatin1(id), DecisionNode::Kind::Action, QString::fromUtf8(text) };
    }

    DecisionEdge link(const char* from, const char* to, const char* label = "")
    {
        return { QString::fromLatin1(from), QString::fromLatin1(to), QString::fromUtf8(label) };
    }

} // namespace

const DecisionNode* DecisionTree::node(QStringView id) const
{
    auto it = std::ranges::find_if(nodes, [&](const DecisionNode& n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

QList<DecisionEdge> DecisionTree::edgesFrom(QStringView id) const
{
    QList<DecisionEdge> out;
    for (const DecisionEdge& e : edges) {
        if (e.from == id)
            out << e;
    }
    return out;
}

const DecisionEdge* DecisionTree::edge(QStringView from, QStringView to) const
{
    auto it = std::ranges::find_if(edges, [&](const DecisionEdge& e) { return e.from == from && e.to == to; });
    return it == edges.end() ? nullptr : &*it;
}

DecisionTree DecisionTree::schemaMigration()
{
    // The "Schema Migration Decision Tree" (flowchart TD), node for node: expand-contract's
    // decisions, from "is a change needed?" to removing the old fields.
    DecisionTree tree;
    tree.title = QStringLiteral("Schema Migration Decision Tree");
    tree.nodes = {
        action("A", "Need schema change?"),
        question("B", "Breaking change?"),
        action("C", "Expand: add nullable col"),
        action("D", "Version the schema"),
        action("E", "Dual-write old and new"),
        action("F", "Backfill historical rows"),
        question("G", "Backfill complete?"),
        action("H", "Switch reads to new field"),
        action("I", "Contract: remove old field"),
    };
    tree.edges = {
        link("A", "B"),
        link("B", "C", "No: add field"),
        link("B", "D", "Yes: rename/remove"),
        link("C", "E"),
        link("D", "E"),
        link("E", "F"),
        link("F", "G"),
        link("G", "F", "No"),
        link("G", "H", "Yes"),
        link("H", "I"),
    };
    return tree;
}

DecisionTree DecisionTree::modellingLifecycle()
{
    // The "Query-to-Model Workflow": modelling as a lifecycle that starts from the queries, not one
    // DDL event.
    DecisionTree tree;
    tree.title = QStringLiteral("Query-to-Model Workflow");
    tree.nodes = {
        action("A", "List top queries"),
        action("B", "Define entities and ownership"),
        action("C", "Choose keys and constraints"),
        action("D", "Add indexes for dominant reads"),
        action("E", "Validate write cost and consistency"),
        action("F", "Plan schema evolution path"),
        action("G", "Monitor query drift and adjust"),
    };
    tree.edges = { link("A", "B"), link("B", "C"), link("C", "D"), link("D", "E"), link("E", "F"), link("F", "G") };
    return tree;
}

} // namespace godwit::plan
