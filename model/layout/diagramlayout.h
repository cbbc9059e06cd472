// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutoptions.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace godwit::layout {

// Where a card goes, in scene coordinates (points, y down).
struct NodeLayout {
    QString key;
    QRectF rect;

    bool operator==(const NodeLayout&) const = default;
};

// The route of one relationship line from the parent's row to the child's row.
struct EdgeLayout {
    QString key; // LayoutEdge::key
    QString parent;
    int parentRow = -1;
    QString child;
    int childRow = -1;
    QPointF parentPort; // on the parent card's side: where the parent's end marker starts
    QPointF childPort; // on the child card's side
    // A cubic Bézier chain from near the parent port to near the child port: p0, c1, c2, p1,
    // c1, c2, p2, ... The short straight pieces port -> path ends carry the crow's-foot markers.
    QList<QPointF> path;
    // How far the router's own end points were moved to reach the row centres (0 for self
    // loops): Graphviz aims at the column's port, so more than half a row means a wrong port.
    qreal portSnap = 0;

    bool operator==(const EdgeLayout&) const = default;
};

// The box around one group's cards (a Graphviz cluster): a PostgreSQL schema.
struct GroupLayout {
    // Room around the cards and, above them, for the group's name (points): what the layout
    // asks Graphviz to leave and what the canvas keeps when a card is moved by hand.
    static constexpr int Margin = 12;
    static constexpr int LabelBand = 24;

    QString name;
    QRectF rect; // the cluster's bounding box, its label band at the top included

    bool operator==(const GroupLayout&) const = default;
};

struct DiagramLayout {
    QList<NodeLayout> nodes;
    QList<EdgeLayout> edges;
    QList<GroupLayout> groups; // LayoutGraph::clusterGroups(), in that order; empty for one group or none
    QRectF bounds; // cards, edges and groups
    LayoutOptions options;

    [[nodiscard]] const NodeLayout* node(QStringView key) const;
    [[nodiscard]] const GroupLayout* group(QStringView name) const;
    [[nodiscard]] const EdgeLayout* edge(QStringView key) const;
    [[nodiscard]] bool isEmpty() const { return nodes.isEmpty(); }

    bool operator==(const DiagramLayout&) const = default;
};

} // namespace godwit::layout
