// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontreedotwriter.h"

namespace godwit::plan {

namespace {

    QString quoted(QString text)
    {
        return QLatin1Char('"')
            + text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
            + QLatin1Char('"');
    }

} // namespace

QString DecisionTreeDotWriter::write(const DecisionTree& tree, const DecisionWalk* walk, const QString& currentNode)
{
    const QStringList path = walk ? walk->path() : QStringList {};
    QString out = QStringLiteral("digraph %1 {\n").arg(quoted(tree.title));
    out += QStringLiteral("  graph [rankdir=TB, nodesep=0.4, ranksep=0.45, fontname=\"Helvetica\"];\n");
    out += QStringLiteral(
        "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#ffffff\", color=\"#57606a\"];\n");
    out += QStringLiteral("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#8c959f\"];\n");
    for (const DecisionNode& n : tree.nodes) {
        QStringList attrs;
        attrs << QStringLiteral("label=%1").arg(quoted(n.text));
        attrs << (n.kind == DecisionNode::Kind::Question ? QStringLiteral("shape=diamond")
                                                         : QStringLiteral("shape=box, style=\"rounded,filled\""));
        const WalkStep* step = walk ? walk->at(n.id) : nullptr;
        if (step && step->applies)
            attrs << QStringLiteral("color=\"#1f6feb\", penwidth=2, fillcolor=\"#d8ecff\"");
        else if (step)
            attrs << QStringLiteral("color=\"#1f6feb\", style=\"dashed%1\"")
                         .arg(n.kind == DecisionNode::Kind::Question ? QString() : QStringLiteral(",rounded"));
        if (n.id == currentNode)
            attrs << QStringLiteral("fillcolor=\"#ffd33d\", penwidth=3");
        out += QStringLiteral("  %1 [%2];\n").arg(n.id, attrs.join(QStringLiteral(", ")));
    }
    for (const DecisionEdge& e : tree.edges) {
        QStringList attrs;
        if (!e.label.isEmpty())
            attrs << QStringLiteral("label=%1").arg(quoted(e.label));
        const qsizetype from = path.indexOf(e.from);
        if (from >= 0 && from + 1 < path.size() && path[from + 1] == e.to)
            attrs << QStringLiteral("color=\"#1f6feb\", penwidth=2.5");
        out += QStringLiteral("  %1 -> %2%3;\n")
                   .arg(e.from, e.to,
                       attrs.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(attrs.join(QStringLiteral(", "))));
    }
    return out + QStringLiteral("}\n");
}

QString DecisionTreeDotWriter::write(const MigrationPlan& plan)
{
    DecisionTree tree = DecisionTree::schemaMigration();
    if (plan.walks.isEmpty())
        return write(tree);
    const QString title = tree.title;
    QString out;
    for (const DecisionWalk& walk : plan.walks) {
        tree.title = QStringLiteral("%1: %2").arg(title, walk.title);
        out += write(tree, &walk);
    }
    return out;
}

} // namespace godwit::plan
