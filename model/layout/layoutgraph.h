// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcontent.h"

#include <functional>

#include <QList>
#include <QString>

namespace godwit::layout {

// The size of a card, in whole points (Graphviz takes integer cell sizes): a header, equal
// rows (each one a port edges attach to), and some space below them.
struct NodeShape {
    int width = 0;
    int headerHeight = 0;
    int rowHeight = 0;
    int rows = 0;
    int bottom = 0;

    [[nodiscard]] int height() const { return headerHeight + rowHeight * rows + bottom; }
    bool operator==(const NodeShape&) const = default;
};

struct LayoutNode {
    QString key; // the card key
    NodeShape shape;
    QString group = {}; // Card::group: cards of one group are laid out together, in one cluster

    bool operator==(const LayoutNode&) const = default;
};

// An edge from the parent's row to the child's row (row -1: the header).
struct LayoutEdge {
    QString key; // Link::key()
    QString parent;
    int parentRow = -1;
    QString child;
    int childRow = -1;

    bool operator==(const LayoutEdge&) const = default;
};

// What Graphviz is asked to lay out: sizes only, no text.
struct LayoutGraph {
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;

    // The groups to draw as clusters, sorted: only when the nodes are in more than one, so a
    // SQLite diagram (no groups) or a PostgreSQL one with only `public` is laid out as before.
    [[nodiscard]] QStringList clusterGroups() const;

    using Measure = std::function<NodeShape(const Card&)>;
    // One graph for one or more sides of a comparison: every card key once, as wide and tall
    // as its widest side, and every link that exists on any side.
    [[nodiscard]] static LayoutGraph build(const QList<const DiagramContent*>& sides, const Measure& measure);

    bool operator==(const LayoutGraph&) const = default;
};

} // namespace godwit::layout
