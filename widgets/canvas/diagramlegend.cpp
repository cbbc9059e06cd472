// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramlegend.h"

#include "widgets/canvas/diagramglyphs.h"

#include <QPainter>

namespace godwit::widgets {

using layout::Mark;

DiagramLegend::DiagramLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diagramLegend"));
    setToolTip(tr("Removed cards have a dashed border and removed columns are struck through; hatched rows "
                  "exist only on the other side."));
}

DiagramLegend::~DiagramLegend() = default;

void DiagramLegend::setTheme(const DiagramTheme& theme)
{
    m_theme = theme;
    update();
}

QList<std::pair<Mark, QString>> DiagramLegend::entries() const
{
    return { { Mark::Added, tr("Added") }, { Mark::Removed, tr("Removed") }, { Mark::Changed, tr("Changed") },
        { Mark::Renamed, tr("Renamed") } };
}

QSize DiagramLegend::sizeHint() const
{
    int width = 0;
    for (const auto& [mark, label] : entries())
        width += 22 + fontMetrics().horizontalAdvance(label) + 16;
    return { width, std::max(22, fontMetrics().height() + 6) };
}

void DiagramLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    qreal x = 0;
    const qreal cy = height() / 2.0;
    for (const auto& [mark, label] : entries()) {
        DiagramGlyphs::markBadge(
            &painter, QPointF(x + 8, cy), mark, m_theme.markColor(mark), m_theme.markHeaderText(mark), 8);
        painter.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(label);
        painter.drawText(QRectF(x + 21, 0, w + 2, height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 22 + w + 16;
    }
}

} // namespace godwit::widgets
