// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/schemagroupitem.h"

#include "layout/diagramlayout.h"
#include "widgets/canvas/diagramscene.h"

#include <QPainter>

namespace godwit::widgets {

namespace {

    constexpr qreal Radius = 10;

} // namespace

SchemaGroupItem::SchemaGroupItem(const QString& name, const QStringList& cardKeys)
    : m_name(name)
    , m_cardKeys(cardKeys)
{
    // Behind the lines (0) and the cards (1); it takes no clicks, so a drag on empty space inside still pans.
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QRectF SchemaGroupItem::boundingRect() const { return { QPointF(0, 0), m_size }; }

void SchemaGroupItem::setRect(const QRectF& sceneRect)
{
    if (sceneRect.size() != m_size) {
        prepareGeometryChange();
        m_size = sceneRect.size();
    }
    setPos(sceneRect.topLeft());
}

void SchemaGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto* diagram = static_cast<const DiagramScene*>(scene());
    if (!diagram)
        return;
    const DiagramTheme& theme = diagram->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(DiagramTheme::mix(theme.background, theme.cardBorder, 0.8), 1, Qt::DashLine));
    painter->setBrush(DiagramTheme::mix(theme.background, theme.header, theme.dark ? 0.10 : 0.05));
    painter->drawRoundedRect(box, Radius, Radius);

    const qreal margin = layout::GroupLayout::Margin;
    const QRectF band(box.left() + margin, box.top() + 2, box.width() - 2 * margin, layout::GroupLayout::LabelBand);
    painter->setFont(diagram->metrics().titleFont());
    painter->setPen(theme.dimText);
    painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(band.width())));
}

} // namespace godwit::widgets
