// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/diagramtheme.h"

#include <QWidget>

namespace godwit::widgets {

// The key to a comparison's marks: each colour with its glyph and line style, so the
// picture reads without colour vision.
class DiagramLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramLegend)
public:
    explicit DiagramLegend(QWidget* parent = nullptr);
    ~DiagramLegend() override;

    void setTheme(const DiagramTheme& theme);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QList<std::pair<layout::Mark, QString>> entries() const;

    DiagramTheme m_theme = DiagramTheme::light();
};

} // namespace godwit::widgets
