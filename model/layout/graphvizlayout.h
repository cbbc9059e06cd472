// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "diagramlayout.h"
#include "layoutgraph.h"

#include <QByteArray>

namespace godwit::layout {

// Lays out a diagram with Graphviz in-process (gvc + cgraph). Cards become HTML-like nodes
// of fixed-size cells, one port per row, so a foreign key's line starts and ends at the
// exact column rows; node positions and edge splines are read back from the laid-out graph.
// Graphviz keeps global state (its HTML lexer, error handling), so calls are serialised.
class GraphvizLayout final {
public:
    [[nodiscard]] static Result<DiagramLayout> layout(const LayoutGraph& graph, const LayoutOptions& options = {});
    // The DOT text handed to Graphviz, for `dot -Tplain` comparisons and debugging.
    [[nodiscard]] static QString dotSource(const LayoutGraph& graph, const LayoutOptions& options = {});
    // Lays out any DOT graph (a decision tree, a workflow) and returns Graphviz's own SVG of it.
    [[nodiscard]] static Result<QByteArray> renderSvg(const QString& dot, const char* engine = "dot");
    // Where a row's port is on a card placed at `rect`: the middle of the row on the left or right side.
    [[nodiscard]] static QPointF portPosition(const QRectF& rect, const NodeShape& shape, int row, bool rightSide);
};

} // namespace godwit::layout
