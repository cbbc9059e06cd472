// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramscene.h"

#include "widgets/canvas/relationitem.h"
#include "widgets/canvas/schemagroupitem.h"
#include "widgets/canvas/tableitem.h"

#include <algorithm>

#include <QApplication>

namespace godwit::widgets {

using layout::Card;
using layout::Link;

namespace {

    constexpr qreal Stub = 13; // the straight run at each end that carries the markers
    constexpr qreal Margin = 32;

} // namespace

DiagramScene::DiagramScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_metrics(QApplication::font())
    , m_theme(DiagramTheme::light())
{
    // Cards are added and moved in bulk; a BSP tree would be rebuilt each time for little gain on a few hundred items.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

DiagramScene::~DiagramScene()
{
    // Items call back into the scene while they are destroyed (hover and selection changes).
    m_building = true;
    blockSignals(true);
    clear();
}

void DiagramScene::setTheme(const DiagramTheme& theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    update();
}

void DiagramScene::clearDiagram()
{
    m_building = true;
    clear();
    m_tables.clear();
    m_relations.clear();
    m_groups.clear();
    m_byKey.clear();
    m_relationsOf.clear();
    m_content = {};
    m_layout = {};
    m_building = false;
    setSceneRect(QRectF());
}

void DiagramScene::setDiagram(const layout::DiagramContent& content, const layout::DiagramLayout& layout)
{
    clearDiagram();
    m_building = true;
    m_content = content;
    m_layout = layout;
    QHash<QString, const layout::NodeLayout*> nodes;
    for (const layout::NodeLayout& node : layout.nodes)
        nodes.insert(node.key, &node);
    qreal spareY = layout.bounds.bottom() + 40;
    m_tables.reserve(content.cards.size());
    for (const Card& card : content.cards) {
        layout::NodeShape shape = measure(card);
        const layout::NodeLayout* node = nodes.value(card.key);
        if (node)
            shape.width = std::max(shape.width, int(node->rect.width()));
        auto* item = new TableItem(card, shape);
        if (node) {
            item->setPos(node->rect.topLeft());
        } else {
            // Not in the layout (it was made for other content): below the rest, out of the way.
            item->setPos(0, spareY);
            spareY += shape.height() + 24;
        }
        item->setVisible(card.present);
        addItem(item);
        m_tables.append(item);
        m_byKey.insert(card.key, item);
    }
    m_relations.reserve(content.links.size());
    for (const Link& link : content.links) {
        if (!m_byKey.contains(link.parent) || !m_byKey.contains(link.child))
            continue;
        auto* relation = new RelationItem(link);
        addItem(relation);
        m_relations.append(relation);
        m_relationsOf[link.parent].append(relation);
        if (link.child != link.parent)
            m_relationsOf[link.child].append(relation);
        applyLayoutRoute(relation);
    }
    for (const layout::GroupLayout& group : layout.groups) {
        QStringList keys;
        for (const Card& card : content.cards) {
            if (card.group == group.name && m_byKey.contains(card.key))
                keys.append(card.key);
        }
        auto* item = new SchemaGroupItem(group.name, keys);
        item->setRect(group.rect);
        addItem(item);
        m_groups.append(item);
    }
    m_building = false;
    setSceneRect(diagramRect());
    Q_EMIT diagramReplaced();
}

TableItem* DiagramScene::tableItem(QStringView key) const { return m_byKey.value(key.toString()); }

QRectF DiagramScene::diagramRect() const
{
    QRectF r;
    // Hidden cards (on the other side of a comparison only) count, so both sides frame alike.
    for (const TableItem* item : m_tables)
        r |= item->mapRectToScene(item->cardRect());
    for (const RelationItem* relation : m_relations)
        r |= relation->boundingRect();
    for (const SchemaGroupItem* group : m_groups)
        r |= group->rect();
    if (r.isNull())
        return QRectF(0, 0, 1, 1);
    return r.adjusted(-Margin, -Margin, Margin, Margin);
}

void DiagramScene::applyLayoutRoute(RelationItem* relation)
{
    const Link& link = relation->link();
    const TableItem* parent = m_byKey.value(link.parent);
    const TableItem* child = m_byKey.value(link.child);
    const layout::EdgeLayout* edge = m_layout.edge(link.key());
    if (!edge || edge->path.isEmpty() || parent->isMovedByUser() || child->isMovedByUser()) {
        routeDirect(relation);
        return;
    }
    relation->setRoute(edge->parentPort, edge->childPort, edge->path);
}

void DiagramScene::routeDirect(RelationItem* relation)
{
    const Link& link = relation->link();
    const TableItem* parent = m_byKey.value(link.parent);
    const TableItem* child = m_byKey.value(link.child);
    const QRectF p = parent->mapRectToScene(parent->cardRect());
    const QRectF c = child->mapRectToScene(child->cardRect());
    bool parentRight = true;
    bool childRight = false;
    if (parent == child) {
        childRight = true;
    } else if (c.left() >= p.right() - 10) {
        parentRight = true;
        childRight = false;
    } else if (c.right() <= p.left() + 10) {
        parentRight = false;
        childRight = true;
    } else {
        childRight = true; // stacked cards: loop round their right sides
    }
    const QPointF parentPort = parent->portPosition(link.parentRow, parentRight);
    const QPointF childPort = child->portPosition(link.childRow, childRight);
    const QPointF dp(parentRight ? 1 : -1, 0);
    const QPointF dc(childRight ? 1 : -1, 0);
    const QPointF start = parentPort + dp * Stub;
    const QPointF end = childPort + dc * Stub;
    const qreal handle = std::max(40.0, std::abs(end.x() - start.x()) * 0.45);
    relation->setRoute(parentPort, childPort, { start, start + dp * handle, end + dc * handle, end });
}

void DiagramScene::rerouteAround(const TableItem* item)
{
    for (RelationItem* relation : m_relationsOf.value(item->key()))
        applyLayoutRoute(relation);
}

void DiagramScene::cardMoved(TableItem* item)
{
    if (m_building)
        return;
    item->setMovedByUser(true);
    rerouteAround(item);
    for (SchemaGroupItem* group : std::as_const(m_groups)) {
        if (group->cardKeys().contains(item->key()))
            fitGroup(group);
    }
}

// Graphviz's cluster box while the cards stay where it put them; once one is moved by hand,
// the box follows the cards with the same margins.
void DiagramScene::fitGroup(SchemaGroupItem* group)
{
    const layout::GroupLayout* laidOut = m_layout.group(group->name());
    QRectF cards;
    bool moved = false;
    for (const QString& key : group->cardKeys()) {
        const TableItem* card = m_byKey.value(key);
        cards |= card->mapRectToScene(card->cardRect());
        moved = moved || card->isMovedByUser();
    }
    constexpr qreal margin = layout::GroupLayout::Margin;
    if (laidOut && !moved)
        group->setRect(laidOut->rect);
    else
        group->setRect(cards.adjusted(-margin, -margin - layout::GroupLayout::LabelBand, margin, margin));
}

void DiagramScene::cardDropped(TableItem* item)
{
    setSceneRect(sceneRect().united(diagramRect()));
    Q_EMIT cardMovedByUser(item->key(), item->pos());
}

QHash<QString, QPointF> DiagramScene::userPositions() const
{
    QHash<QString, QPointF> out;
    for (const TableItem* item : m_tables) {
        if (item->isMovedByUser())
            out.insert(item->key(), item->pos());
    }
    return out;
}

void DiagramScene::setUserPositions(const QHash<QString, QPointF>& positions)
{
    m_building = true;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (TableItem* item = m_byKey.value(it.key())) {
            item->setPos(it.value());
            item->setMovedByUser(true);
        }
    }
    m_building = false;
    for (RelationItem* relation : std::as_const(m_relations))
        applyLayoutRoute(relation);
    for (SchemaGroupItem* group : std::as_const(m_groups))
        fitGroup(group);
    setSceneRect(diagramRect());
}

void DiagramScene::resetUserPosition(const QString& key)
{
    TableItem* item = m_byKey.value(key);
    const layout::NodeLayout* node = m_layout.node(key);
    if (!item || !node || !item->isMovedByUser())
        return;
    m_building = true;
    item->setPos(node->rect.topLeft());
    item->setMovedByUser(false);
    m_building = false;
    rerouteAround(item);
    for (SchemaGroupItem* group : std::as_const(m_groups))
        fitGroup(group);
    setSceneRect(diagramRect());
}

void DiagramScene::selectTable(const QString& key)
{
    m_programmaticSelection = true;
    clearSelection();
    if (TableItem* item = m_byKey.value(key))
        item->setSelected(true);
    m_programmaticSelection = false;
}

QString DiagramScene::selectedTable() const
{
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* table = qgraphicsitem_cast<TableItem*>(item))
            return table->key();
    }
    return {};
}

void DiagramScene::onSelectionChanged()
{
    if (m_programmaticSelection || m_building)
        return;
    if (const QString key = selectedTable(); !key.isEmpty())
        Q_EMIT tableClicked(key);
}

QStringList DiagramScene::setSearchText(const QString& text)
{
    const QString needle = text.trimmed();
    struct Hit {
        int rank;
        QString key;
    };
    QList<Hit> hits;
    for (TableItem* item : std::as_const(m_tables)) {
        const QString& name = item->card().name;
        int rank = -1;
        if (!needle.isEmpty() && item->isVisible()) {
            if (name.compare(needle, Qt::CaseInsensitive) == 0)
                rank = 0;
            else if (name.startsWith(needle, Qt::CaseInsensitive))
                rank = 1;
            else if (name.contains(needle, Qt::CaseInsensitive) || item->key().contains(needle, Qt::CaseInsensitive))
                rank = 2;
        }
        item->setSearchMatch(rank >= 0);
        if (rank >= 0)
            hits.append({ rank, item->key() });
    }
    std::ranges::stable_sort(hits, {}, &Hit::rank);
    QStringList keys;
    for (const Hit& hit : hits)
        keys.append(hit.key);
    return keys;
}

void DiagramScene::focusChange(const QString& cardKey, const QString& changeId)
{
    for (TableItem* item : std::as_const(m_tables))
        item->setFocusedRow(-2);
    selectTable(cardKey);
    TableItem* item = m_byKey.value(cardKey);
    if (!item || changeId.isEmpty())
        return;
    const QList<layout::CardRow>& rows = item->card().rows;
    for (int row = 0; row < rows.size(); ++row) {
        if (rows[row].changeId == changeId) {
            item->setFocusedRow(row);
            break;
        }
    }
    for (RelationItem* relation : m_relationsOf.value(cardKey))
        relation->setHighlighted(relation->link().changeId == changeId);
}

void DiagramScene::rowHovered(TableItem* item, int row)
{
    if (m_building)
        return;
    for (TableItem* table : std::as_const(m_tables)) {
        if (table != item)
            table->setHoveredRow(-2);
        table->setHighlightedRows({});
    }
    for (RelationItem* relation : std::as_const(m_relations))
        relation->setHighlighted(false);
    item->setHoveredRow(row);
    if (row == -2)
        return;
    // The foreign-key path through the hovered row (all of the card's lines for the header).
    const QString& key = item->key();
    QHash<TableItem*, QSet<int>> partners;
    for (RelationItem* relation : m_relationsOf.value(key)) {
        const Link& link = relation->link();
        const bool fromParent = link.parent == key && (row == -1 || link.parentRow == row);
        const bool fromChild = link.child == key && (row == -1 || link.childRow == row);
        if (!fromParent && !fromChild)
            continue;
        relation->setHighlighted(true);
        if (fromParent)
            partners[m_byKey.value(link.child)].insert(link.childRow);
        if (fromChild)
            partners[m_byKey.value(link.parent)].insert(link.parentRow);
    }
    for (auto it = partners.constBegin(); it != partners.constEnd(); ++it) {
        QSet<int> rows = it.value();
        if (it.key() == item)
            rows.remove(row);
        it.key()->setHighlightedRows(rows);
    }
}

} // namespace godwit::widgets
