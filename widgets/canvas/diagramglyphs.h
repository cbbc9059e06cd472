// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace godwit::widgets {

// The small vector glyphs of the canvas, drawn with paths so they stay crisp at any zoom
// and in SVG/PDF exports, and do not depend on which fonts are installed.
class DiagramGlyphs final {
public:
    // A key for primary-key columns, in a box of about 14×10 at `origin` (left, vertical centre).
    static void key(QPainter* painter, QPointF origin, const QColor& color);
    // Two chain links for foreign-key columns.
    static void link(QPainter* painter, QPointF origin, const QColor& color);
    // A little grid for table headers; dashed for views.
    static void table(QPainter* painter, const QRectF& box, const QColor& color, bool view);
    // +, −, ~ or → centred on `centre`, `size` wide.
    static void mark(QPainter* painter, QPointF centre, layout::Mark mark, const QColor& color, qreal size = 9);
    // The mark in a filled disc (header badges, legends).
    static void markBadge(QPainter* painter, QPointF centre, layout::Mark mark, const QColor& disc, const QColor& glyph,
        qreal radius = 8);
};

} // namespace godwit::widgets
