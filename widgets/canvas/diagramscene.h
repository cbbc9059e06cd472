// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"
#include "layout/diagramlayout.h"
#include "widgets/canvas/cardmetrics.h"
#include "widgets/canvas/diagramtheme.h"

#include <QGraphicsScene>
#include <QHash>

namespace godwit::widgets {

class RelationItem;
class SchemaGroupItem;
class TableItem;

// The ER canvas: one TableItem per card and one RelationItem per link, placed where a
// DiagramLayout says, and one SchemaGroupItem behind each PostgreSQL schema's cards when there
// are several. Cards the user drags keep their place and their lines are re-routed
// here. Like Qt's diagramscene example, it reports what happened in past-tense signals.
class DiagramScene final : public QGraphicsScene {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramScene)
public:
    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    [[nodiscard]] const CardMetrics& metrics() const { return m_metrics; }
    [[nodiscard]] const DiagramTheme& theme() const { return m_theme; }
    void setTheme(const DiagramTheme& theme);
    // The sizes the layout must reserve for `card`.
    [[nodiscard]] layout::NodeShape measure(const layout::Card& card) const { return m_metrics.shape(card); }

    // Replaces the picture. Links without a route in `layout` get a direct one.
    void setDiagram(const layout::DiagramContent& content, const layout::DiagramLayout& layout);
    void clearDiagram();
    [[nodiscard]] const layout::DiagramContent& content() const { return m_content; }
    [[nodiscard]] const layout::DiagramLayout& diagramLayout() const { return m_layout; }
    [[nodiscard]] TableItem* tableItem(QStringView key) const;
    [[nodiscard]] QList<TableItem*> tableItems() const { return m_tables; }
    [[nodiscard]] QList<RelationItem*> relationItems() const { return m_relations; }
    [[nodiscard]] QList<SchemaGroupItem*> groupItems() const { return m_groups; }
    // The cards and lines with a margin: what fit-to-window and exports show.
    [[nodiscard]] QRectF diagramRect() const;

    // Selects (or, with an empty key, clears) without emitting tableClicked.
    void selectTable(const QString& key);
    [[nodiscard]] QString selectedTable() const;
    // Marks the cards whose name contains `text` (case-insensitively); returns their keys,
    // exact matches first.
    QStringList setSearchText(const QString& text);
    // Selects a change's card and highlights its row (if it has one); empty: clears.
    void focusChange(const QString& cardKey, const QString& changeId);

    // Cards placed by hand, in scene coordinates (top-left corners).
    [[nodiscard]] QHash<QString, QPointF> userPositions() const;
    void setUserPositions(const QHash<QString, QPointF>& positions);
    // Back where the layout put it (an undone move): the card is no longer placed by hand.
    void resetUserPosition(const QString& key);

    // Called by the items.
    void rowHovered(TableItem* item, int row);
    void cardMoved(TableItem* item);
    void cardDropped(TableItem* item);

Q_SIGNALS:
    void tableClicked(const QString& key);
    void cardMovedByUser(const QString& key, QPointF topLeft);
    void diagramReplaced();

private:
    void onSelectionChanged();
    void routeDirect(RelationItem* relation);
    void applyLayoutRoute(RelationItem* relation);
    void rerouteAround(const TableItem* item);
    void fitGroup(SchemaGroupItem* group);

    CardMetrics m_metrics;
    DiagramTheme m_theme;
    layout::DiagramContent m_content;
    layout::DiagramLayout m_layout;
    QList<TableItem*> m_tables;
    QList<RelationItem*> m_relations;
    QList<SchemaGroupItem*> m_groups;
    QHash<QString, TableItem*> m_byKey;
    QHash<QString, QList<RelationItem*>> m_relationsOf; // card key -> its lines
    bool m_programmaticSelection = false;
    bool m_building = false;
};

} // namespace godwit::widgets
