// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tableitem.h"

#include "widgets/canvas/diagramglyphs.h"
#include "widgets/canvas/diagramscene.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace godwit::widgets {

using layout::Card;
using layout::CardRow;
using layout::Mark;

namespace {

    constexpr qreal Radius = 6;

} // namespace

TableItem::TableItem(const Card& card, const layout::NodeShape& shape)
    : m_card(card)
    , m_shape(shape)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(CardMetrics::title(card));
}

DiagramScene* TableItem::diagramScene() const { return static_cast<DiagramScene*>(scene()); }

QRectF TableItem::boundingRect() const
{
    // Room for the shadow and the selection outline.
    return cardRect().adjusted(-3, -3, 3, 5);
}

QPainterPath TableItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), Radius, Radius);
    return path;
}

QRectF TableItem::rowRect(int row) const
{
    if (row < 0)
        return { 0, 0, qreal(m_shape.width), qreal(m_shape.headerHeight) };
    return { 0, qreal(m_shape.headerHeight + row * m_shape.rowHeight), qreal(m_shape.width), qreal(m_shape.rowHeight) };
}

int TableItem::rowAt(QPointF p) const
{
    if (!cardRect().contains(p))
        return -2;
    if (p.y() < m_shape.headerHeight)
        return -1;
    const int row = int((p.y() - m_shape.headerHeight) / m_shape.rowHeight);
    return row < m_card.rows.size() ? row : -2;
}

QPointF TableItem::portPosition(int row, bool rightSide) const
{
    const QRectF r = rowRect(row);
    return mapToScene(QPointF(rightSide ? r.right() : r.left(), r.center().y()));
}

void TableItem::setHoveredRow(int row)
{
    if (row == m_hoveredRow)
        return;
    m_hoveredRow = row;
    update();
}

void TableItem::setHighlightedRows(const QSet<int>& rows)
{
    if (rows == m_highlightedRows)
        return;
    m_highlightedRows = rows;
    update();
}

void TableItem::setFocusedRow(int row)
{
    if (row == m_focusedRow)
        return;
    m_focusedRow = row;
    update();
}

void TableItem::setSearchMatch(bool match)
{
    if (match == m_searchMatch)
        return;
    m_searchMatch = match;
    update();
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange) {
        // Whole points keep borders and text crisp while dragging.
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x()), std::round(p.y()));
    }
    if (change == ItemPositionHasChanged && diagramScene())
        diagramScene()->cardMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (diagramScene())
        diagramScene()->rowHovered(this, rowAt(event->pos()));
    QGraphicsItem::hoverMoveEvent(event);
}

void TableItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    if (diagramScene())
        diagramScene()->rowHovered(this, -2);
    QGraphicsItem::hoverLeaveEvent(event);
}

void TableItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void TableItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPos && diagramScene())
        diagramScene()->cardDropped(this);
}

void TableItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    DiagramScene* s = diagramScene();
    if (!s || !m_card.present)
        return;
    const DiagramTheme& theme = s->theme();
    const CardMetrics& metrics = s->metrics();
    const QRectF r = cardRect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath body;
    body.addRoundedRect(r, Radius, Radius);

    // A soft two-step shadow lifts the card off the canvas without a blur.
    if (lod >= DetailLevel) {
        painter->setPen(Qt::NoPen);
        QColor shadow(0, 0, 0, theme.dark ? 60 : 16);
        painter->setBrush(shadow);
        painter->drawRoundedRect(r.translated(0, 2), Radius + 0.5, Radius + 0.5);
        shadow.setAlpha(theme.dark ? 40 : 10);
        painter->setBrush(shadow);
        painter->drawRoundedRect(r.adjusted(-1, 0, 1, 4), Radius + 1, Radius + 1);
    }
    const bool wholeCard = m_card.mark == Mark::Added || m_card.mark == Mark::Removed;
    painter->fillPath(body, wholeCard ? theme.markTint(m_card.mark) : theme.card);

    const CardColumns columns = metrics.columns(m_card, r.width());
    painter->save();
    painter->setClipPath(body);
    paintHeader(painter, metrics, columns);
    if (lod >= DetailLevel) {
        for (int row = 0; row < m_card.rows.size(); ++row)
            paintRow(painter, metrics, columns, row);
    } else {
        // Name plates: the rows as faint bars under the name, drawn big enough to read, like a
        // label on a map (at most as wide as the card).
        for (int row = 0; row < m_card.rows.size(); ++row) {
            const QRectF rr = rowRect(row).adjusted(CardMetrics::Padding, 6, -r.width() / 3, -6);
            painter->fillRect(rr, theme.rowRule);
        }
        QFont plate = metrics.titleFont();
        const QString name = CardMetrics::title(m_card);
        const qreal wanted = 11.0 / std::max(lod, 0.01);
        const qreal fits
            = plate.pixelSize() * (r.width() - 8) / std::max(1.0, QFontMetricsF(plate).horizontalAdvance(name));
        plate.setPixelSize(std::max(1, int(std::min(wanted, fits))));
        painter->setFont(plate);
        painter->setPen(theme.text);
        const QRectF body = r.adjusted(4, m_shape.headerHeight, -4, 0);
        painter->drawText(body, Qt::AlignCenter, name);
    }
    painter->restore();

    // The border says what changed in a second way: dashed for removed, heavier for any mark.
    QColor border = theme.cardBorder;
    qreal width = 1.0;
    Qt::PenStyle style = m_card.isView ? Qt::DashLine : Qt::SolidLine;
    if (m_card.mark != Mark::None) {
        border = theme.markColor(m_card.mark);
        width = 1.6;
        if (m_card.mark == Mark::Removed)
            style = Qt::DashLine;
    }
    if (m_searchMatch) {
        border = theme.highlight;
        width = 2.0;
    }
    if (selected) {
        border = theme.selection;
        width = 2.2;
    }
    QPen pen(border, width, style);
    pen.setDashPattern(style == Qt::DashLine ? QList<qreal> { 4, 2.5 } : QList<qreal> {});
    if (style != Qt::DashLine)
        pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);
    if (selected || m_searchMatch) {
        QColor halo = selected ? theme.selection : theme.highlight;
        halo.setAlpha(60);
        painter->setPen(QPen(halo, 3.0));
        painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), Radius + 2, Radius + 2);
    }
    painter->restore();
}

void TableItem::paintHeader(QPainter* painter, const CardMetrics& metrics, const CardColumns& columns) const
{
    const DiagramTheme& theme = diagramScene()->theme();
    const QRectF header = rowRect(-1);
    const QColor fill = m_card.mark != Mark::None ? theme.markColor(m_card.mark)
        : m_card.isView                           ? theme.viewHeader
                                                  : theme.header;
    const QColor ink = m_card.mark != Mark::None ? theme.markHeaderText(m_card.mark) : theme.headerText;
    painter->fillRect(header, fill);
    if (m_hoveredRow == -1)
        painter->fillRect(header, QColor(255, 255, 255, 28));

    const qreal cy = header.center().y();
    QColor glyph = ink;
    glyph.setAlphaF(0.85);
    DiagramGlyphs::table(painter, QRectF(CardMetrics::Padding + 0.5, cy - 5.5, 14, 11), glyph, m_card.isView);

    qreal right = columns.width - CardMetrics::Padding;
    if (m_card.mark != Mark::None) {
        DiagramGlyphs::markBadge(painter, QPointF(right - 8, cy), m_card.mark, ink, fill, 8);
        right -= 22;
    }
    const QString meta = CardMetrics::meta(m_card);
    if (!meta.isEmpty()) {
        painter->setFont(metrics.metaFont());
        QColor dim = ink;
        dim.setAlphaF(0.78);
        painter->setPen(dim);
        const QFontMetricsF fm(metrics.metaFont());
        const qreal w = fm.horizontalAdvance(meta);
        painter->drawText(
            QRectF(right - w - 1, header.top(), w + 2, header.height()), Qt::AlignRight | Qt::AlignVCenter, meta);
        right -= w + 12;
    }
    painter->setFont(metrics.titleFont());
    painter->setPen(ink);
    const qreal x = CardMetrics::Padding + 22;
    const QFontMetricsF fm(metrics.titleFont());
    painter->drawText(QRectF(x, header.top(), right - x, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(CardMetrics::title(m_card), Qt::ElideMiddle, right - x + 1));
}

void TableItem::paintRow(QPainter* painter, const CardMetrics& metrics, const CardColumns& columns, int index) const
{
    const DiagramTheme& theme = diagramScene()->theme();
    const CardRow& row = m_card.rows[index];
    const QRectF r = rowRect(index);
    if (index > 0)
        painter->fillRect(
            QRectF(CardMetrics::Padding, r.top(), r.width() - 2 * CardMetrics::Padding, 1), theme.rowRule);

    if (!row.present) {
        // A placeholder: the column exists on the other side only. Hatching says "nothing here".
        painter->save();
        QColor hatch = theme.markColor(row.mark);
        hatch.setAlpha(theme.dark ? 70 : 55);
        painter->setClipRect(r.adjusted(1, 3, -1, -3));
        painter->setPen(QPen(hatch, 1));
        for (qreal x = r.left() - r.height(); x < r.right(); x += 7)
            painter->drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        painter->restore();
        return;
    }
    const bool rowMark = CardMetrics::showsRowMark(m_card, row);
    if (row.mark != Mark::None)
        painter->fillRect(r, theme.markTint(row.mark));
    if (rowMark)
        painter->fillRect(QRectF(0, r.top(), 3, r.height()), theme.markColor(row.mark));
    if (m_hoveredRow == index || m_highlightedRows.contains(index) || m_focusedRow == index) {
        QColor tint = m_focusedRow == index ? theme.selection : theme.highlight;
        tint.setAlpha(theme.dark ? 70 : 38);
        painter->fillRect(r, tint);
    }

    const qreal cy = r.center().y();
    if (row.primaryKey && row.foreignKey) {
        // A key that is also a reference (a junction table's columns): both glyphs, stacked.
        DiagramGlyphs::key(painter, QPointF(CardMetrics::Padding + 1, cy - 3.5), theme.primaryKey);
        DiagramGlyphs::link(painter, QPointF(CardMetrics::Padding + 1, cy + 4.0), theme.foreignKey);
    } else if (row.primaryKey)
        DiagramGlyphs::key(painter, QPointF(CardMetrics::Padding + 1, cy), theme.primaryKey);
    else if (row.foreignKey)
        DiagramGlyphs::link(painter, QPointF(CardMetrics::Padding + 1, cy), theme.foreignKey);

    const bool removed = row.mark == Mark::Removed;
    QFont nameFont = row.primaryKey ? metrics.keyNameFont() : metrics.nameFont();
    nameFont.setStrikeOut(removed);
    const QFontMetricsF nameFm(nameFont);
    const qreal typeWidth = metrics.typeWidth(row.type);
    const qreal nameSpace = columns.typeRight - columns.nameX - (typeWidth > 0 ? typeWidth + 12 : 0);
    painter->setFont(nameFont);
    painter->setPen(theme.text);
    painter->drawText(QRectF(columns.nameX, r.top(), std::max(nameSpace, 10.0), r.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameFm.elidedText(CardMetrics::rowLabel(row), Qt::ElideMiddle, nameSpace + 1));

    if (typeWidth > 0) {
        painter->setFont(metrics.typeFont());
        painter->setPen(theme.dimText);
        painter->drawText(QRectF(columns.typeRight - typeWidth - 2, r.top(), typeWidth + 2, r.height()),
            Qt::AlignRight | Qt::AlignVCenter, row.type);
    }

    painter->setFont(metrics.badgeFont());
    for (qsizetype slot = 0; slot < columns.badges.size(); ++slot) {
        const RowBadge badge = columns.badges[slot];
        if (!CardMetrics::hasBadge(row, badge))
            continue;
        const QRectF pill(columns.badgesX + slot * (metrics.badgeWidth() + 3), cy - 7, metrics.badgeWidth(), 14);
        QColor ink = theme.dimText;
        painter->setPen(QPen(DiagramTheme::mix(theme.card, ink, 0.45), 0.9));
        painter->setBrush(badge == RowBadge::NotNull ? Qt::NoBrush : QBrush(DiagramTheme::mix(theme.card, ink, 0.1)));
        painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(ink);
        painter->drawText(pill, Qt::AlignCenter, CardMetrics::badgeText(badge));
    }
    if (rowMark && columns.markX > 0)
        DiagramGlyphs::mark(painter, QPointF(columns.markX, cy), row.mark, theme.markColor(row.mark), 9);
}

} // namespace godwit::widgets
