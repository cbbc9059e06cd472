// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/minimap.h"

#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/tableitem.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace godwit::widgets {

namespace {

    constexpr int Inset = 6;

} // namespace

Minimap::Minimap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
    // The scene reports every repaint; one thumbnail per burst is plenty.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(250);
    connect(&m_renderTimer, &QTimer::timeout, this, &Minimap::renderThumbnail);
}

Minimap::~Minimap() = default;

QSize Minimap::sizeHint() const { return { 220, 150 }; }

void Minimap::setView(DiagramView* view)
{
    m_view = view;
    disconnect(m_sceneConnection);
    if (view && view->scene()) {
        m_sceneConnection = connect(view->scene(), &QGraphicsScene::changed, this, [this] {
            if (isVisible())
                m_renderTimer.start();
        });
    }
    refreshViewport();
}

QRectF Minimap::sceneArea() const
{
    if (!m_view || !m_view->diagramScene())
        return {};
    return m_view->diagramScene()->diagramRect();
}

QRectF Minimap::thumbnailRect() const
{
    const QRectF area = sceneArea();
    if (area.isEmpty())
        return {};
    const QRectF box = QRectF(rect()).adjusted(Inset, Inset, -Inset, -Inset);
    const qreal scale = std::min(box.width() / area.width(), box.height() / area.height());
    const QSizeF size = area.size() * scale;
    return { box.center().x() - size.width() / 2, box.center().y() - size.height() / 2, size.width(), size.height() };
}

void Minimap::refreshViewport()
{
    if (!m_view || !m_view->scene()) {
        hide();
        return;
    }
    const QRectF area = sceneArea();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const bool needed = !area.isEmpty() && m_view->diagramScene()->tableItems().size() > 1
        && (area.width() > visible.width() * 1.05 || area.height() > visible.height() * 1.05);
    // Never over content: the minimap takes a corner free of cards, and hides while none is.
    const std::optional<QRect> place = needed ? m_view->minimapPlace(sizeHint()) : std::nullopt;
    if (place)
        setGeometry(*place);
    const bool wasVisible = isVisible();
    setVisible(place.has_value());
    if (place && (!wasVisible || m_thumbnail.isNull()))
        renderThumbnail();
    update();
}

void Minimap::renderThumbnail()
{
    const QRectF target = thumbnailRect();
    const DiagramScene* scene = m_view ? m_view->diagramScene() : nullptr;
    if (!scene || target.isEmpty()) {
        m_thumbnail = QPixmap();
        return;
    }
    // A wide diagram can be less than a pixel high at this scale: keep one row, so the pixmap is
    // never null (a null one is rendered again on every scroll).
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (target.size() * dpr).toSize().expandedTo(QSize(1, 1));
    QPixmap pixmap(pixels);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    // Cards as blocks in their header colour: at a few pixels per card no text is readable, and
    // painting every card of a 5,000-table diagram at this size kept the GUI thread for seconds.
    const DiagramTheme& theme = scene->theme();
    const QRectF area = sceneArea();
    const qreal scale = std::min(target.width() / area.width(), target.height() / area.height());
    QPainter painter(&pixmap);
    for (const TableItem* item : scene->tableItems()) {
        if (!item->isVisible())
            continue;
        const QRectF r = item->sceneBoundingRect();
        const QRectF block((r.left() - area.left()) * scale, (r.top() - area.top()) * scale,
            std::max(r.width() * scale, 1.0), std::max(r.height() * scale, 1.0));
        const layout::Mark mark = item->card().mark;
        painter.fillRect(block, mark != layout::Mark::None ? theme.markColor(mark) : theme.header);
    }
    painter.end();
    m_thumbnail = pixmap;
    update();
}

void Minimap::paintEvent(QPaintEvent*)
{
    if (!m_view || !m_view->diagramScene())
        return;
    const DiagramTheme& theme = m_view->diagramScene()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor panel = theme.card;
    panel.setAlpha(235);
    painter.setPen(QPen(theme.cardBorder, 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QRectF target = thumbnailRect();
    if (!m_thumbnail.isNull())
        painter.drawPixmap(target.topLeft(), m_thumbnail);

    const QRectF area = sceneArea();
    if (area.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal scale = target.width() / area.width();
    QRectF frame((visible.left() - area.left()) * scale + target.left(),
        (visible.top() - area.top()) * scale + target.top(), visible.width() * scale, visible.height() * scale);
    frame = frame.intersected(target.adjusted(-1, -1, 1, 1));
    QColor fill = theme.selection;
    fill.setAlpha(36);
    painter.setBrush(fill);
    painter.setPen(QPen(theme.selection, 1.4));
    painter.drawRect(frame);
}

void Minimap::moveViewTo(QPointF widgetPos)
{
    const QRectF target = thumbnailRect();
    const QRectF area = sceneArea();
    if (!m_view || target.isEmpty())
        return;
    const qreal scale = area.width() / target.width();
    m_view->centerOn(
        area.left() + (widgetPos.x() - target.left()) * scale, area.top() + (widgetPos.y() - target.top()) * scale);
}

void Minimap::mousePressEvent(QMouseEvent* event)
{
    moveViewTo(event->position());
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons().testFlag(Qt::LeftButton))
        moveViewTo(event->position());
    event->accept();
}

} // namespace godwit::widgets
