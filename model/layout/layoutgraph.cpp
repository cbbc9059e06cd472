// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutgraph.h"

#include <QHash>
#include <QSet>

namespace godwit::layout {

QStringList LayoutGraph::clusterGroups() const
{
    QStringList groups;
    for (const LayoutNode& node : nodes) {
        if (!node.group.isEmpty())
            groups.append(node.group);
    }
    groups.removeDuplicates();
    if (groups.size() < 2)
        return {};
    groups.sort();
    return groups;
}

LayoutGraph LayoutGraph::build(const QList<const DiagramContent*>& sides, const Measure& measure)
{
    LayoutGraph graph;
    QHash<QString, qsizetype> nodeIndex;
    QSet<QString> edgeKeys;
    for (const DiagramContent* content : sides) {
        for (const Card& card : content->cards) {
            const NodeShape shape = measure(card);
            auto it = nodeIndex.constFind(card.key);
            if (it == nodeIndex.constEnd()) {
                nodeIndex.insert(card.key, graph.nodes.size());
                graph.nodes.append({ card.key, shape, card.group });
                continue;
            }
            NodeShape& known = graph.nodes[*it].shape;
            known.width = std::max(known.width, shape.width);
            known.headerHeight = std::max(known.headerHeight, shape.headerHeight);
            known.rowHeight = std::max(known.rowHeight, shape.rowHeight);
            known.rows = std::max(known.rows, shape.rows);
            known.bottom = std::max(known.bottom, shape.bottom);
        }
    }
    for (const DiagramContent* content : sides) {
        for (const Link& link : content->links) {
            const QString key = link.key();
            if (edgeKeys.contains(key))
                continue;
            edgeKeys.insert(key);
            graph.edges.append({ key, link.parent, link.parentRow, link.child, link.childRow });
        }
    }
    return graph;
}

} // namespace godwit::layout
