// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"
#include "widgets/canvas/cardmetrics.h"

#include <QGraphicsItem>
#include <QSet>

namespace godwit::widgets {

class DiagramScene;

// A table or view card: a coloured header with the name and row count, then one row per
// column with key/link glyphs, the declared type right-aligned and NN/UQ/IX badges. It
// shows the card's display data and refers to its table by key (name); it owns no model.
class TableItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    // Below this zoom rows are unreadable anyway; cards draw as name plates, which keeps big schemas fast.
    static constexpr qreal DetailLevel = 0.4;

    TableItem(const layout::Card& card, const layout::NodeShape& shape);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const QString& key() const { return m_card.key; }
    [[nodiscard]] const layout::Card& card() const { return m_card; }
    [[nodiscard]] const layout::NodeShape& nodeShape() const { return m_shape; }
    [[nodiscard]] QRectF cardRect() const { return { 0, 0, qreal(m_shape.width), qreal(m_shape.height()) }; }
    // A row's rectangle in item coordinates; row -1 is the header.
    [[nodiscard]] QRectF rowRect(int row) const;
    // The row under `itemPos`: -1 for the header, -2 for none.
    [[nodiscard]] int rowAt(QPointF itemPos) const;
    // Where a relationship line attaches to `row`, in scene coordinates.
    [[nodiscard]] QPointF portPosition(int row, bool rightSide) const;

    void setHoveredRow(int row); // -2: none
    [[nodiscard]] int hoveredRow() const { return m_hoveredRow; }
    void setHighlightedRows(const QSet<int>& rows);
    [[nodiscard]] const QSet<int>& highlightedRows() const { return m_highlightedRows; }
    void setFocusedRow(int row); // the row of the change selected in a change list; -2: none
    [[nodiscard]] int focusedRow() const { return m_focusedRow; }
    void setSearchMatch(bool match);
    [[nodiscard]] bool isSearchMatch() const { return m_searchMatch; }
    // Moved by hand: its lines are routed by the canvas, not by Graphviz.
    [[nodiscard]] bool isMovedByUser() const { return m_movedByUser; }
    void setMovedByUser(bool moved) { m_movedByUser = moved; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    [[nodiscard]] DiagramScene* diagramScene() const;
    void paintHeader(QPainter* painter, const CardMetrics& metrics, const CardColumns& columns) const;
    void paintRow(QPainter* painter, const CardMetrics& metrics, const CardColumns& columns, int row) const;

    layout::Card m_card;
    layout::NodeShape m_shape;
    int m_hoveredRow = -2;
    int m_focusedRow = -2;
    QSet<int> m_highlightedRows;
    bool m_searchMatch = false;
    bool m_movedByUser = false;
    QPointF m_pressPos;
};

} // namespace godwit::widgets
