// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/relationitem.h"

#include "widgets/canvas/diagramglyphs.h"
#include "widgets/canvas/diagramscene.h"

#include <cmath>

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace godwit::widgets {

using layout::Mark;
using schema::Cardinality;

namespace {

    constexpr qreal CircleRadius = 3.5;

    QPointF unit(QPointF v)
    {
        const qreal length = std::hypot(v.x(), v.y());
        return length > 1e-6 ? v / length : QPointF(1, 0);
    }

    bool isZero(Cardinality c) { return c == Cardinality::ZeroOrOne || c == Cardinality::ZeroOrMore; }

} // namespace

RelationItem::RelationItem(const layout::Link& link)
    : m_link(link)
{
    setZValue(0);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
}

QPainterPath RelationItem::endMarker(QPointF port, QPointF towards, Cardinality cardinality)
{
    // `d` points away from the card along the stub, `n` across it.
    const QPointF d = unit(towards - port);
    const QPointF n(-d.y(), d.x());
    QPainterPath path;
    auto bar = [&](qreal at) {
        path.moveTo(port + d * at + n * 5.5);
        path.lineTo(port + d * at - n * 5.5);
    };
    switch (cardinality) {
    case Cardinality::ExactlyOne:
        bar(5);
        bar(9);
        break;
    case Cardinality::ZeroOrOne:
        bar(5);
        break;
    case Cardinality::OneOrMore:
    case Cardinality::ZeroOrMore:
        // The crow's foot: three toes from one point to the card side.
        path.moveTo(port + d * 10);
        path.lineTo(port + n * 6);
        path.moveTo(port + d * 10);
        path.lineTo(port);
        path.moveTo(port + d * 10);
        path.lineTo(port - n * 6);
        if (cardinality == Cardinality::OneOrMore)
            bar(13);
        break;
    case Cardinality::MdParent:
        bar(5);
        break;
    }
    return path;
}

void RelationItem::setRoute(QPointF parentPort, QPointF childPort, const QList<QPointF>& path)
{
    prepareGeometryChange();
    m_parentPort = parentPort;
    m_childPort = childPort;
    m_path = path;
    rebuild();
}

void RelationItem::rebuild()
{
    m_line = QPainterPath();
    m_markers = QPainterPath();
    m_circles.clear();
    if (m_path.isEmpty()) {
        m_bounds = QRectF();
        return;
    }
    m_line.moveTo(m_parentPort);
    m_line.lineTo(m_path.front());
    for (qsizetype i = 1; i + 2 < m_path.size(); i += 3)
        m_line.cubicTo(m_path[i], m_path[i + 1], m_path[i + 2]);
    m_line.lineTo(m_childPort);

    // The stubs from the ports to the path ends give each marker a straight run.
    const QPointF parentTowards = m_path.front() != m_parentPort ? m_path.front()
        : m_path.size() > 1                                      ? m_path[1]
                                                                 : m_childPort;
    const QPointF childTowards = m_path.back() != m_childPort ? m_path.back()
        : m_path.size() > 1                                   ? m_path[m_path.size() - 2]
                                                              : m_parentPort;
    m_markers.addPath(endMarker(m_parentPort, parentTowards, m_link.parentEnd));
    m_markers.addPath(endMarker(m_childPort, childTowards, m_link.childEnd));
    // The "zero" circles sit beyond the bars and toes, where the line leaves.
    if (isZero(m_link.parentEnd))
        m_circles.append(m_parentPort
            + unit(parentTowards - m_parentPort) * (m_link.parentEnd == Cardinality::ZeroOrOne ? 10.5 : 14.5));
    if (isZero(m_link.childEnd))
        m_circles.append(
            m_childPort + unit(childTowards - m_childPort) * (m_link.childEnd == Cardinality::ZeroOrOne ? 10.5 : 14.5));
    m_bounds = m_line.boundingRect().united(m_markers.boundingRect()).adjusted(-8, -8, 8, 8);
}

QRectF RelationItem::boundingRect() const { return m_bounds; }

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_line);
}

void RelationItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 0.5 : 0);
    update();
}

void RelationItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    auto* s = static_cast<DiagramScene*>(scene());
    if (!s || m_line.isEmpty() || !m_link.present)
        return;
    const DiagramTheme& theme = s->theme();
    QColor color = m_link.mark != Mark::None ? theme.markColor(m_link.mark) : theme.edge;
    qreal width = m_link.mark != Mark::None ? 1.8 : 1.3;
    if (m_highlighted) {
        color = theme.highlight;
        width = 2.2;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    if (!m_link.identifying)
        pen.setDashPattern({ 5.0 / width, 3.5 / width });
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_line);

    QPen solid(color, std::max(width, 1.4));
    solid.setCapStyle(Qt::RoundCap);
    painter->setPen(solid);
    painter->drawPath(m_markers);
    painter->setBrush(theme.background);
    for (const QPointF& c : std::as_const(m_circles))
        painter->drawEllipse(c, CircleRadius, CircleRadius);

    if (m_link.mark != Mark::None) {
        // The change glyph halfway along, so the line's change is not told by colour alone.
        const QPointF mid = m_line.pointAtPercent(0.5);
        DiagramGlyphs::markBadge(painter, mid, m_link.mark, color, theme.card, 7);
    }
    painter->restore();
}

} // namespace godwit::widgets
