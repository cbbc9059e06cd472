// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreviewwriter.h"

#include "reviewsections.h"
#include "reviewtextdocument.h"

#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

namespace godwit::report {

namespace {

    constexpr int Resolution = 300;
    constexpr qreal MarginMm = 16;

    void setUp(QPdfWriter& writer, const QPageSize& page, const ReviewReport& report)
    {
        writer.setResolution(Resolution);
        writer.setPageSize(page);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(ReviewSections::title(report));
        writer.setCreator(QStringLiteral("Godwit %1").arg(report.header.godwitVersion));
    }

    // Lays the document out on the writer's pages; returns the sections' start positions.
    QList<int> layOut(QTextDocument& doc, QPdfWriter& writer, const ReviewReport& report, const QList<int>& pages)
    {
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        // Ligatures would put "ﬁ" into the text a reader searches for "findings".
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        const QList<int> starts = ReviewTextDocument::fill(&doc, report, pages);
        QTextFrameFormat frame = doc.rootFrame()->frameFormat();
        // Frame lengths are in 96-dpi pixels; the layout scales them to the writer's resolution.
        frame.setMargin(MarginMm / 25.4 * 96);
        doc.rootFrame()->setFrameFormat(frame);
        doc.setPageSize(QSizeF(writer.width(), writer.height()));
        return starts;
    }

    QList<int> pagesOf(QTextDocument& doc, const QList<int>& starts)
    {
        QList<int> pages;
        const qreal height = doc.pageSize().height();
        for (int position : starts) {
            const QTextBlock block = doc.findBlock(position);
            const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
            pages << int(rect.top() / height) + 1;
        }
        return pages;
    }

} // namespace

QList<int> PdfReviewWriter::sectionPages(const ReviewReport& report, const QPageSize& page)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUp(writer, page, report);
    QTextDocument doc;
    const QList<int> starts = layOut(doc, writer, report, {});
    return pagesOf(doc, starts);
}

Result<void> PdfReviewWriter::write(const ReviewReport& report, const QString& path, const QPageSize& page)
{
    const QList<int> pages = sectionPages(report, page);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    {
        QPdfWriter writer(&file);
        setUp(writer, page, report);
        QTextDocument doc;
        layOut(doc, writer, report, pages);
        const QSizeF size = doc.pageSize();
        const int count = doc.pageCount();
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, QStringLiteral("cannot start the PDF"), path);
        QFont footer(doc.defaultFont());
        footer.setPointSizeF(8);
        const qreal margin = MarginMm / 25.4 * Resolution;
        // Qt's own QTextDocument::print() loop, with "page n of m" and the title in the footer.
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            const QRectF view(0, i * size.height(), size.width(), size.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footer);
            painter.setPen(QColor(0x59, 0x63, 0x6e));
            const QRectF foot(margin, size.height() - margin * 0.75, size.width() - 2 * margin, margin * 0.5);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, ReviewSections::title(report));
            painter.drawText(
                foot, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1 of %2").arg(i + 1).arg(count));
        }
        painter.end();
    }
    if (!file.commit())
        return fail(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace godwit::report
