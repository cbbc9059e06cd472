// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramglyphs.h"

#include <QPainter>
#include <QPainterPath>

namespace godwit::widgets {

using layout::Mark;

void DiagramGlyphs::key(QPainter* painter, QPointF o, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.5);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(o.x() + 3.5, o.y()), 3.0, 3.0);
    QPainterPath shaft;
    shaft.moveTo(o.x() + 6.5, o.y());
    shaft.lineTo(o.x() + 13.5, o.y());
    shaft.moveTo(o.x() + 11.0, o.y());
    shaft.lineTo(o.x() + 11.0, o.y() + 3.0);
    shaft.moveTo(o.x() + 13.5, o.y());
    shaft.lineTo(o.x() + 13.5, o.y() + 2.5);
    painter->drawPath(shaft);
    painter->restore();
}

void DiagramGlyphs::link(QPainter* painter, QPointF o, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(o.x() + 0.5, o.y() - 2.5, 7.5, 5.0), 2.5, 2.5);
    painter->drawRoundedRect(QRectF(o.x() + 5.5, o.y() - 2.5, 7.5, 5.0), 2.5, 2.5);
    painter->restore();
}

void DiagramGlyphs::table(QPainter* painter, const QRectF& box, const QColor& color, bool view)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.2);
    if (view)
        pen.setDashPattern({ 2.0, 1.5 });
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 1.5, 1.5);
    painter->setPen(QPen(color, 1.0));
    const qreal h = box.height() / 3.0;
    painter->drawLine(QPointF(box.left(), box.top() + h), QPointF(box.right(), box.top() + h));
    if (!view) {
        painter->drawLine(QPointF(box.left(), box.top() + 2 * h), QPointF(box.right(), box.top() + 2 * h));
        painter->drawLine(QPointF(box.center().x(), box.top() + h), QPointF(box.center().x(), box.bottom()));
    }
    painter->restore();
}

void DiagramGlyphs::mark(QPainter* painter, QPointF c, Mark mark, const QColor& color, qreal size)
{
    if (mark == Mark::None)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.6, size / 5.0));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal r = size / 2.0;
    QPainterPath path;
    switch (mark) {
    case Mark::Added:
        path.moveTo(c.x() - r, c.y());
        path.lineTo(c.x() + r, c.y());
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x(), c.y() + r);
        break;
    case Mark::Removed:
        path.moveTo(c.x() - r, c.y());
        path.lineTo(c.x() + r, c.y());
        break;
    case Mark::Changed:
        path.moveTo(c.x() - r, c.y() + r * 0.25);
        path.cubicTo(c.x() - r * 0.5, c.y() - r * 0.75, c.x() - r * 0.1, c.y() - r * 0.2, c.x(), c.y());
        path.cubicTo(c.x() + r * 0.1, c.y() + r * 0.2, c.x() + r * 0.5, c.y() + r * 0.75, c.x() + r, c.y() - r * 0.25);
        break;
    case Mark::Renamed:
        path.moveTo(c.x() - r, c.y());
        path.lineTo(c.x() + r, c.y());
        path.moveTo(c.x() + r * 0.25, c.y() - r * 0.65);
        path.lineTo(c.x() + r, c.y());
        path.lineTo(c.x() + r * 0.25, c.y() + r * 0.65);
        break;
    case Mark::None:
        break;
    }
    painter->drawPath(path);
    painter->restore();
}

void DiagramGlyphs::markBadge(
    QPainter* painter, QPointF centre, Mark m, const QColor& disc, const QColor& glyph, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(disc);
    painter->drawEllipse(centre, radius, radius);
    painter->restore();
    mark(painter, centre, m, glyph, radius * 1.05);
}

} // namespace godwit::widgets
