// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QGraphicsView>

namespace godwit::widgets {

class DiagramScene;
class Minimap;

// The canvas view: Ctrl+wheel, pinch and keyboard zoom (around the cursor), fit to window,
// panning with the middle button, Space+drag or a drag on empty canvas, a dotted background
// in the theme's colours, and a minimap once the diagram outgrows the window.
class DiagramView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramView)
public:
    explicit DiagramView(QWidget* parent = nullptr);
    ~DiagramView() override;

    void setDiagramScene(DiagramScene* scene);
    [[nodiscard]] DiagramScene* diagramScene() const;
    [[nodiscard]] Minimap* minimap() const { return m_minimap; }
    // Where a minimap of `size` fits without covering a card: the first free corner of the
    // viewport (bottom right, bottom left, top right, top left), or nothing.
    [[nodiscard]] std::optional<QRect> minimapPlace(QSize size) const;

    static constexpr qreal MinZoom = 0.08;
    static constexpr qreal MaxZoom = 4.0;
    [[nodiscard]] qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom, QPointF anchorViewPos = QPointF(-1, -1));
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Shows the whole diagram, never enlarged beyond 100%.
    void fitToWindow();
    void centreOnTable(const QString& key);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void viewportMoved();
    // The first paint after the scene got a diagram (for start-up measurements).
    void diagramShown();

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void placeMinimap();
    void updateTheme();

    Minimap* m_minimap = nullptr;
    qreal m_zoom = 1.0;
    bool m_fitted = false; // the zoom is fitToWindow()'s, not the user's
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_announceShown = false;
    QPoint m_panFrom;
};

} // namespace godwit::widgets
