// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontree.h"

#include <algorithm>

#include <QCoreApplication>

namespace godwit::plan {

namespace {

    // The trees' texts are read by people, in the window and the plan's text: translated here,
    // marked for lupdate where they are written.
    QString text(const char* source)
    {
        return *source ? QCoreApplication::translate("godwit::plan::DecisionTree", source) : QString();
    }

    DecisionNode question(const char* id, const char* source)
    {
        return { QString::fromLatin1(id), DecisionNode::Kind::Question, text(source) };
    }

    DecisionNode action(const char* id, const char* source)
    {
        return { QString::fromLatin1(id), DecisionNode::Kind::Action, text(source) };
    }

    DecisionEdge link(const char* from, const char* to, const char* label = "")
    {
        return { QString::fromLatin1(from), QString::fromLatin1(to), text(label) };
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
    tree.title = text(QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Schema Migration Decision Tree"));
    tree.nodes = {
        action("A", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Need schema change?")),
        question("B", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Breaking change?")),
        action("C", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Expand: add nullable col")),
        action("D", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Version the schema")),
        action("E", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Dual-write old and new")),
        action("F", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Backfill historical rows")),
        question("G", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Backfill complete?")),
        action("H", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Switch reads to new field")),
        action("I", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Contract: remove old field")),
    };
    tree.edges = {
        link("A", "B"),
        link("B", "C", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "No: add field")),
        link("B", "D", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Yes: rename/remove")),
        link("C", "E"),
        link("D", "E"),
        link("E", "F"),
        link("F", "G"),
        link("G", "F", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "No")),
        link("G", "H", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Yes")),
        link("H", "I"),
    };
    return tree;
}

DecisionTree DecisionTree::modellingLifecycle()
{
    // The "Query-to-Model Workflow": modelling as a lifecycle that starts from the queries, not one
    // DDL event.
    DecisionTree tree;
    tree.title = text(QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Query-to-Model Workflow"));
    tree.nodes = {
        action("A", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "List top queries")),
        action("B", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Define entities and ownership")),
        action("C", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Choose keys and constraints")),
        action("D", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Add indexes for dominant reads")),
        action("E", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Validate write cost and consistency")),
        action("F", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Plan schema evolution path")),
        action("G", QT_TRANSLATE_NOOP("godwit::plan::DecisionTree", "Monitor query drift and adjust")),
    };
    tree.edges = { link("A", "B"), link("B", "C"), link("C", "D"), link("D", "E"), link("E", "F"), link("F", "G") };
    return tree;
}

} // namespace godwit::plan
