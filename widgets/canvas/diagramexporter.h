// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QWidget;

namespace godwit::widgets {

class DiagramScene;

enum class ExportFormat { Png, Svg, Pdf, Mermaid, Dot };

// One canvas in an exported picture, with the title drawn above it ("Before", "After").
struct ExportPanel {
    QString title;
    DiagramScene* scene = nullptr;
};

// Writes canvases as PNG, SVG or PDF with the same painting code as the window: one panel,
// or two side by side for a comparison, with the change legend. Mermaid and DOT are text
// from the model's writers; writeText() saves them.
class DiagramExporter final {
    Q_DECLARE_TR_FUNCTIONS(godwit::widgets::DiagramExporter)
public:
    // By file suffix: .png, .svg, .pdf, .mmd/.mermaid/.md, .dot/.gv.
    [[nodiscard]] static std::optional<ExportFormat> formatForPath(const QString& path);
    [[nodiscard]] static bool isImage(ExportFormat format);
    // Asks where to save (PNG, SVG, PDF, Mermaid or DOT); a name typed without a known suffix
    // gets the suffix of the chosen file type. Empty when the user cancels.
    [[nodiscard]] static QString askPath(QWidget* parent, const QString& title, const QString& suggestion);
    // For a PNG, asks how many pixels per point (1× to 4×, the last choice remembered); 1 for
    // the other formats, nullopt when the user cancels.
    [[nodiscard]] static std::optional<qreal> askScale(QWidget* parent, const QString& path);

    // The page in points at scale 1.
    [[nodiscard]] static QSizeF pageSize(const QList<ExportPanel>& panels, bool legend);
    // Paints the page at the painter's origin, in points.
    static void paint(QPainter* painter, const QList<ExportPanel>& panels, bool legend);
    [[nodiscard]] static QImage image(const QList<ExportPanel>& panels, bool legend, qreal scale = 1.0);
    // The page as an SVG document (what writeImage() saves as .svg).
    [[nodiscard]] static QByteArray svg(const QList<ExportPanel>& panels, bool legend);

    // PNG (scaled by `scale`), SVG or PDF.
    [[nodiscard]] static Result<void> writeImage(
        const QString& path, ExportFormat format, const QList<ExportPanel>& panels, bool legend, qreal scale = 1.0);
    [[nodiscard]] static Result<void> writeText(const QString& path, const QString& text);
};

} // namespace godwit::widgets
