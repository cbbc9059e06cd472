// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace godwit::widgets {

class DiagramView;

// An overview of the whole diagram in a corner of the canvas, with the visible part
// outlined; click or drag in it to move there. It only shows when the diagram does not fit.
class Minimap final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Minimap)
public:
    explicit Minimap(QWidget* parent = nullptr);
    ~Minimap() override;

    void setView(DiagramView* view);
    // Re-reads the visible area and whether the minimap is needed.
    void refreshViewport();
    [[nodiscard]] QSize sizeHint() const override;
    // The scene rectangle shown, and where it is drawn inside the widget.
    [[nodiscard]] QRectF sceneArea() const;
    [[nodiscard]] QRectF thumbnailRect() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void renderThumbnail();
    void moveViewTo(QPointF widgetPos);

    QPointer<DiagramView> m_view;
    QPixmap m_thumbnail;
    QTimer m_renderTimer;
    QMetaObject::Connection m_sceneConnection;
};

} // namespace godwit::widgets
