// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramview.h"

#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/minimap.h"
#include "widgets/canvas/tableitem.h"

#include <algorithm>
#include <cmath>

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace godwit::widgets {

namespace {

    constexpr qreal Step = 1.2;
    constexpr qreal GridSpacing = 24;

} // namespace

DiagramView::DiagramView(QWidget* parent)
    : QGraphicsView(parent)
    , m_minimap(new Minimap(this))
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    m_minimap->setView(this);
}

DiagramView::~DiagramView() = default;

void DiagramView::setDiagramScene(DiagramScene* scene)
{
    setScene(scene);
    m_minimap->setView(this);
    if (scene) {
        connect(scene, &DiagramScene::diagramReplaced, this, [this] { m_announceShown = true; });
        updateTheme();
    }
}

DiagramScene* DiagramView::diagramScene() const { return static_cast<DiagramScene*>(scene()); }

void DiagramView::setZoom(qreal zoom, QPointF anchor)
{
    m_fitted = false; // a zoom the user chose stays as it is when the view resizes
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom) && transform().m11() == zoom)
        return;
    // Keep the scene point under the anchor (the cursor, or the middle) where it is.
    if (anchor.x() < 0)
        anchor = QRectF(viewport()->rect()).center();
    const QPointF before = mapToScene(anchor.toPoint());
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    const QPointF after = mapToScene(anchor.toPoint());
    const QPointF delta = (after - before) * zoom;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(delta.y())));
    m_minimap->refreshViewport();
    Q_EMIT zoomChanged(m_zoom);
}

void DiagramView::zoomIn() { setZoom(m_zoom * Step); }

void DiagramView::zoomOut() { setZoom(m_zoom / Step); }

void DiagramView::resetZoom() { setZoom(1.0); }

void DiagramView::fitToWindow()
{
    DiagramScene* s = diagramScene();
    if (!s)
        return;
    const QRectF r = s->diagramRect();
    const QSizeF area = viewport()->size();
    if (r.isEmpty() || area.isEmpty())
        return;
    const qreal zoom = std::min({ area.width() / r.width(), area.height() / r.height(), 1.0 });
    setZoom(zoom);
    centerOn(r.center());
    m_fitted = true; // fitted until the user zooms: a later resize fits again
    m_minimap->refreshViewport();
}

void DiagramView::centreOnTable(const QString& key)
{
    DiagramScene* s = diagramScene();
    if (!s)
        return;
    if (TableItem* item = s->tableItem(key)) {
        // Big cards show their top, where the name is.
        const QRectF r = item->mapRectToScene(item->cardRect());
        const qreal visibleHeight = viewport()->height() / m_zoom;
        centerOn(
            QPointF(r.center().x(), r.height() > visibleHeight ? r.top() + visibleHeight / 2 - 20 : r.center().y()));
    }
}

void DiagramView::drawBackground(QPainter* painter, const QRectF& rect)
{
    DiagramScene* s = diagramScene();
    const DiagramTheme theme = s ? s->theme() : DiagramTheme::light();
    painter->fillRect(rect, theme.background);
    if (m_zoom < 0.45)
        return; // a dot grid this dense is noise
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(theme.grid, 1.6 / m_zoom, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / GridSpacing) * GridSpacing;
    const qreal top = std::floor(rect.top() / GridSpacing) * GridSpacing;
    QList<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += GridSpacing) {
        for (qreal y = top; y < rect.bottom(); y += GridSpacing)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(Step, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool DiagramView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Gesture) {
        // Touchscreen pinch (X11, Windows); trackpads send the native gesture below.
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags().testFlag(QPinchGesture::ScaleFactorChanged))
                setZoom(m_zoom * pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_zoom * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !scene()->mouseGrabberItem()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        if (ctrl)
            fitToWindow();
        else
            resetZoom();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    const bool onCard = itemAt(event->position().toPoint()) != nullptr
        && qgraphicsitem_cast<TableItem*>(itemAt(event->position().toPoint())) != nullptr;
    const bool pan
        = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (m_spaceHeld || !onCard));
    if (pan) {
        if (event->button() == Qt::LeftButton && !m_spaceHeld && scene())
            scene()->clearSelection(); // a click on empty canvas also deselects
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panFrom;
        m_panFrom = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::paintEvent(QPaintEvent* event)
{
    QGraphicsView::paintEvent(event);
    if (m_announceShown) {
        m_announceShown = false;
        Q_EMIT diagramShown();
    }
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    // A view fitted before the layout gave it its size (a page just shown) fits again.
    if (m_fitted)
        fitToWindow();
    placeMinimap();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->refreshViewport();
    Q_EMIT viewportMoved();
}

void DiagramView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateTheme();
}

void DiagramView::updateTheme()
{
    if (DiagramScene* s = diagramScene())
        s->setTheme(DiagramTheme::fromPalette(palette()));
    viewport()->update();
}

void DiagramView::placeMinimap() { m_minimap->refreshViewport(); }

std::optional<QRect> DiagramView::minimapPlace(QSize size) const
{
    const DiagramScene* s = diagramScene();
    if (!s)
        return std::nullopt;
    constexpr int Gap = 12;
    const QRect area = viewport()->geometry();
    const int left = area.left() + Gap;
    const int right = area.right() - size.width() - Gap;
    const int top = area.top() + Gap;
    const int bottom = area.bottom() - size.height() - Gap;
    for (const QPoint corner : { QPoint(right, bottom), QPoint(left, bottom), QPoint(right, top), QPoint(left, top) }) {
        const QRect place(corner, size);
        // The place with its gap, in scene coordinates: no card may lie under it.
        const QRectF covered
            = mapToScene(place.adjusted(-Gap, -Gap, Gap, Gap).translated(-area.topLeft())).boundingRect();
        const QList<QGraphicsItem*> under = s->items(covered, Qt::IntersectsItemBoundingRect);
        const bool free
            = std::ranges::none_of(under, [](QGraphicsItem* item) { return item->type() == TableItem::Type; });
        if (free)
            return place;
    }
    return std::nullopt;
}

} // namespace godwit::widgets
