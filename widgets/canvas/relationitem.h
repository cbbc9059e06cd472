// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>

namespace godwit::widgets {

class DiagramScene;

// A relationship line from a parent row to a child row with crow's-foot ends: the parent
// end says how many parents a child row has (exactly one `||`, or zero or one `|o`), the
// child end how many children a parent row has (`o{`, or `o|` for one-to-one). The ends
// come from SchemaWriterSupport::relationship(), so the canvas, Mermaid and DOT agree.
// Non-identifying relationships are dashed, as in Mermaid's `..`.
class RelationItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit RelationItem(const layout::Link& link);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const layout::Link& link() const { return m_link; }
    // The route: the ports on the card sides and a cubic Bézier chain between the stubs.
    void setRoute(QPointF parentPort, QPointF childPort, const QList<QPointF>& path);
    [[nodiscard]] QPointF parentPort() const { return m_parentPort; }
    [[nodiscard]] QPointF childPort() const { return m_childPort; }
    [[nodiscard]] const QList<QPointF>& path() const { return m_path; }
    [[nodiscard]] QPainterPath linePath() const { return m_line; }

    void setHighlighted(bool highlighted);
    [[nodiscard]] bool isHighlighted() const { return m_highlighted; }

    // The end markers as a path, for tests and hit areas: `port` is on the card side and
    // `towards` the point the line leaves to.
    [[nodiscard]] static QPainterPath endMarker(QPointF port, QPointF towards, schema::Cardinality cardinality);

private:
    void rebuild();

    layout::Link m_link;
    QPointF m_parentPort;
    QPointF m_childPort;
    QList<QPointF> m_path;
    QPainterPath m_line;
    QPainterPath m_markers; // strokes
    QList<QPointF> m_circles; // hollow circles of the "zero" ends
    QRectF m_bounds;
    bool m_highlighted = false;
};

} // namespace godwit::widgets
