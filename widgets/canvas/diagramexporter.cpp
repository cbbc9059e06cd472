// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramexporter.h"

#include "core/textfile.h"
#include "widgets/canvas/diagramglyphs.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/tableitem.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>

namespace godwit::widgets {

using layout::Mark;

namespace {

    constexpr qreal Margin = 24;
    constexpr qreal PanelGap = 56;
    constexpr qreal TitleHeight = 34;
    constexpr qreal LegendHeight = 40;

    bool hasTitles(const QList<ExportPanel>& panels)
    {
        return std::ranges::any_of(panels, [](const ExportPanel& p) { return !p.title.isEmpty(); });
    }

    QFont font(const DiagramScene* scene, int pixels, QFont::Weight weight)
    {
        QFont f = scene->metrics().nameFont();
        f.setPixelSize(pixels);
        f.setWeight(weight);
        return f;
    }

    // Hover, selection and search marks belong to the session, not to the picture.
    struct CleanScene {
        explicit CleanScene(DiagramScene* s)
            : scene(s)
            , selected(s->selectedTable())
        {
            scene->clearSelection();
            for (TableItem* item : scene->tableItems()) {
                search.append(item->isSearchMatch());
                item->setSearchMatch(false);
                item->setHoveredRow(-2);
                item->setHighlightedRows({});
            }
        }
        ~CleanScene()
        {
            const QList<TableItem*> items = scene->tableItems();
            for (qsizetype i = 0; i < items.size() && i < search.size(); ++i)
                items[i]->setSearchMatch(search[i]);
            if (!selected.isEmpty())
                scene->selectTable(selected);
        }
        Q_DISABLE_COPY_MOVE(CleanScene)
        DiagramScene* scene;
        QString selected;
        QList<bool> search;
    };

    void paintLegend(QPainter* painter, const DiagramScene* scene, QRectF area)
    {
        const DiagramTheme& theme = scene->theme();
        const QFont text = font(scene, 12, QFont::Normal);
        const QFontMetricsF fm(text);
        painter->setFont(text);
        struct Entry {
            Mark mark;
            QString label;
        };
        const QList<Entry> entries = { { Mark::Added, DiagramExporter::tr("Added") },
            { Mark::Removed, DiagramExporter::tr("Removed (dashed, struck through)") },
            { Mark::Changed, DiagramExporter::tr("Changed") },
            { Mark::Renamed, DiagramExporter::tr("Renamed (old → new)") } };
        qreal x = area.left();
        const qreal cy = area.center().y();
        for (const Entry& e : entries) {
            DiagramGlyphs::markBadge(
                painter, QPointF(x + 8, cy), e.mark, theme.markColor(e.mark), theme.markHeaderText(e.mark), 8);
            painter->setPen(theme.text);
            const qreal w = fm.horizontalAdvance(e.label);
            painter->drawText(
                QRectF(x + 22, area.top(), w + 2, area.height()), Qt::AlignLeft | Qt::AlignVCenter, e.label);
            x += 22 + w + 26;
        }
        // Placeholders: hatched rows where a column exists on the other side only.
        const QRectF swatch(x, cy - 7, 26, 14);
        painter->save();
        painter->setClipRect(swatch);
        QColor hatch = theme.dimText;
        hatch.setAlpha(120);
        painter->setPen(QPen(hatch, 1));
        for (qreal hx = swatch.left() - swatch.height(); hx < swatch.right(); hx += 6)
            painter->drawLine(QPointF(hx, swatch.bottom()), QPointF(hx + swatch.height(), swatch.top()));
        painter->restore();
        painter->setPen(QPen(theme.cardBorder, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(swatch);
        painter->setPen(theme.text);
        const QString only = DiagramExporter::tr("only on the other side");
        painter->drawText(QRectF(x + 34, area.top(), fm.horizontalAdvance(only) + 2, area.height()),
            Qt::AlignLeft | Qt::AlignVCenter, only);
    }

} // namespace

std::optional<ExportFormat> DiagramExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid") || suffix == QLatin1String("md"))
        return ExportFormat::Mermaid;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return ExportFormat::Dot;
    return std::nullopt;
}

bool DiagramExporter::isImage(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg || format == ExportFormat::Pdf;
}

QString DiagramExporter::askPath(QWidget* parent, const QString& title, const QString& suggestion)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, title, suggestion,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Mermaid erDiagram (*.mmd);;Graphviz DOT "
           "(*.dot)"),
        &filter);
    if (path.isEmpty() || formatForPath(path))
        return path;
    static const QRegularExpression suffix(QStringLiteral("\\*(\\.[a-z]+)\\)"));
    if (const QRegularExpressionMatch match = suffix.match(filter); match.hasMatch())
        path += match.captured(1);
    return path;
}

std::optional<qreal> DiagramExporter::askScale(QWidget* parent, const QString& path)
{
    if (formatForPath(path) != ExportFormat::Png)
        return 1.0;
    // Twice the size by default: sharp on high-density screens and when zoomed in a slide.
    const QStringList choices { tr("1× (screen size)"), tr("2× (high-density screens, slides)"), tr("3×"),
        tr("4× (print)") };
    QSettings settings;
    const int last = std::clamp(settings.value(QStringLiteral("export/pngScale"), 2).toInt(), 1, 4);
    bool ok = false;
    const QString choice
        = QInputDialog::getItem(parent, tr("PNG Size"), tr("Pixels per point:"), choices, last - 1, false, &ok);
    if (!ok)
        return std::nullopt;
    const int scale = int(choices.indexOf(choice)) + 1;
    settings.setValue(QStringLiteral("export/pngScale"), scale);
    return qreal(scale);
}

QSizeF DiagramExporter::pageSize(const QList<ExportPanel>& panels, bool legend)
{
    qreal width = 0;
    qreal height = 0;
    for (const ExportPanel& panel : panels) {
        const QRectF r = panel.scene->diagramRect();
        width += r.width();
        height = std::max(height, r.height());
    }
    width += PanelGap * std::max<qsizetype>(0, panels.size() - 1) + 2 * Margin;
    height += 2 * Margin + (hasTitles(panels) ? TitleHeight : 0) + (legend ? LegendHeight : 0);
    if (legend)
        width = std::max(width, 820.0);
    return { std::ceil(width), std::ceil(height) };
}

void DiagramExporter::paint(QPainter* painter, const QList<ExportPanel>& panels, bool legend)
{
    if (panels.isEmpty())
        return;
    const DiagramScene* first = panels.front().scene;
    const DiagramTheme& theme = first->theme();
    const QSizeF page = pageSize(panels, legend);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->fillRect(QRectF(QPointF(0, 0), page), theme.background);
    const bool titles = hasTitles(panels);
    qreal x = Margin;
    const qreal top = Margin + (titles ? TitleHeight : 0);
    for (qsizetype i = 0; i < panels.size(); ++i) {
        const ExportPanel& panel = panels[i];
        const QRectF source = panel.scene->diagramRect();
        if (titles) {
            painter->setFont(font(panel.scene, 16, QFont::DemiBold));
            painter->setPen(theme.text);
            painter->drawText(QRectF(x + 32, Margin, source.width() - 32, TitleHeight - 8),
                Qt::AlignLeft | Qt::AlignVCenter, panel.title);
        }
        if (i > 0) {
            painter->setPen(QPen(theme.cardBorder, 1));
            painter->drawLine(QPointF(x - PanelGap / 2, Margin), QPointF(x - PanelGap / 2, page.height() - Margin));
        }
        const CleanScene clean(panel.scene);
        panel.scene->render(painter, QRectF(QPointF(x, top), source.size()), source, Qt::IgnoreAspectRatio);
        x += source.width() + PanelGap;
    }
    if (legend)
        paintLegend(painter, first,
            QRectF(Margin + 32, page.height() - Margin - LegendHeight + 8, page.width(), LegendHeight - 8));
    painter->restore();
}

QImage DiagramExporter::image(const QList<ExportPanel>& panels, bool legend, qreal scale)
{
    const QSizeF page = pageSize(panels, legend);
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::round(96 / 0.0254 * scale)));
    image.setDotsPerMeterY(int(std::round(96 / 0.0254 * scale)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(&painter, panels, legend);
    painter.end();
    return image;
}

QByteArray DiagramExporter::svg(const QList<ExportPanel>& panels, bool legend)
{
    if (panels.isEmpty())
        return {};
    const QSizeF page = pageSize(panels, legend);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(page.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), page));
    generator.setResolution(96);
    generator.setTitle(panels.front().title.isEmpty() ? QStringLiteral("Schema diagram") : panels.front().title);
    generator.setDescription(QStringLiteral("Drawn by Godwit"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(&painter, panels, legend);
    painter.end();
    return buffer.data();
}

Result<void> DiagramExporter::writeImage(
    const QString& path, ExportFormat format, const QList<ExportPanel>& panels, bool legend, qreal scale)
{
    if (panels.isEmpty() || !isImage(format))
        return fail(Error::Code::InvalidArgument, QStringLiteral("nothing to export as an image"), path);
    const QSizeF page = pageSize(panels, legend);
    switch (format) {
    case ExportFormat::Png: {
        const QImage picture = image(panels, legend, scale);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit())
            return fail(Error::Code::Io, QStringLiteral("cannot write the image: %1").arg(file.errorString()), path);
        return {};
    }
    case ExportFormat::Svg: {
        const QByteArray drawing = svg(panels, legend);
        if (drawing.isEmpty())
            return fail(Error::Code::Io, QStringLiteral("cannot draw the SVG file"), path);
        if (auto saved = TextFile::writeBytes(path, drawing); !saved)
            return saved;
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(path);
        writer.setResolution(72); // one PDF point per scene point
        writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(panels.front().title.isEmpty() ? QStringLiteral("Schema diagram") : panels.front().title);
        writer.setCreator(QStringLiteral("Godwit"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, QStringLiteral("cannot write the PDF file"), path);
        paint(&painter, panels, legend);
        painter.end();
        break;
    }
    default:
        break;
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return fail(Error::Code::Io, QStringLiteral("cannot write the file"), path);
    return {};
}

Result<void> DiagramExporter::writeText(const QString& path, const QString& text)
{
    return TextFile::write(path, text);
}

} // namespace godwit::widgets
