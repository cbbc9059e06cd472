// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtextdocument.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace godwit::report {

namespace {

    // Returns where the section's heading starts.
    int insertBlocks(QTextCursor& cursor, const ReviewSection& section, bool pageBreak)
    {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        cursor.insertHtml(
            QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(section.anchor, section.title.toHtmlEscaped()));
        if (pageBreak) {
            // Set after the HTML: inserting it replaces the block's format with the heading's.
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(cursor.document()->findBlock(start)).mergeBlockFormat(breakBefore);
        }
        for (const ReviewBlock& b : section.blocks) {
            if (!b.isPicture()) {
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
                cursor.insertHtml(b.html);
                continue;
            }
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            centred.setTopMargin(6);
            cursor.insertBlock(centred, QTextCharFormat());
            QTextCharFormat picture;
            picture.setObjectType(SvgTextObject::Type);
            picture.setProperty(SvgTextObject::SvgData, b.svg);
            picture.setToolTip(b.caption);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), picture);
            cursor.insertBlock(centred, QTextCharFormat());
            cursor.insertHtml(QStringLiteral("<span class=\"caption\">%1</span>").arg(b.caption.toHtmlEscaped()));
        }
        return start;
    }

} // namespace

QSizeF SvgTextObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    QSvgRenderer renderer(format.property(SvgData).toByteArray());
    const QSizeF natural
        = renderer.viewBoxF().size().isEmpty() ? QSizeF(renderer.defaultSize()) : renderer.viewBoxF().size();
    if (natural.isEmpty())
        return { 1, 1 };
    // Frame lengths are in 96-dpi pixels, the text width in the paint device's.
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const qreal scale0 = device ? device->logicalDpiX() / 96.0 : 1.0;
    const qreal margin = doc->rootFrame()->frameFormat().toFrameFormat().margin() * scale0;
    const qreal width = std::max<qreal>(doc->textWidth() - 2 * margin - 8, 50);
    qreal scale = width / natural.width();
    const QSizeF page = doc->pageSize();
    if (page.height() > 0 && page.height() < 1e7)
        scale = std::min(scale, (page.height() - 2 * margin) * 0.8 / natural.height());
    return natural * scale;
}

void SvgTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    QSvgRenderer renderer(format.property(SvgData).toByteArray());
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(painter, rect);
}

void ReviewTextDocument::registerSvgHandler(QTextDocument* doc)
{
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    if (layout->handlerForObject(SvgTextObject::Type))
        return;
    layout->registerHandler(SvgTextObject::Type, new SvgTextObject(layout));
}

QString ReviewTextDocument::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: x-large; } h2 { font-size: large; color: #1f2328; } "
        "h3 { font-size: medium; } h4 { font-size: medium; } "
        "th { background-color: #eef1f4; font-weight: bold; } "
        "table.grid { border-color: #b8c0c8; } "
        "pre { font-family: 'DejaVu Sans Mono', monospace; background-color: #f6f8fa; font-size: small; white-space: "
        "pre-wrap; } "
        "p.good { color: #1a7f37; font-weight: bold; } p.bad { color: #cf222e; font-weight: bold; } "
        "p.warn { color: #9a6700; } p.note { color: #59636e; font-style: italic; } "
        ".id { color: #59636e; font-weight: normal; } .caption { color: #59636e; font-size: small; }");
}

QList<int> ReviewTextDocument::fill(QTextDocument* doc, const ReviewReport& report, const QList<int>& pages)
{
    doc->clear();
    registerSvgHandler(doc);
    doc->setDefaultStyleSheet(styleSheet());
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReviewSections::title(report));
    const QList<ReviewSection> sections = ReviewSections::build(report);
    QTextCursor cursor(doc);
    cursor.insertHtml(QStringLiteral("<h1>%1</h1>").arg(ReviewSections::title(report).toHtmlEscaped()));
    cursor.insertBlock();
    cursor.insertHtml(ReviewSections::headerHtml(report));
    cursor.insertBlock();
    QString toc = QStringLiteral("<h2>Contents</h2><table class=\"toc\" cellpadding=\"3\" width=\"100%\">");
    for (qsizetype i = 0; i < sections.size(); ++i)
        toc += QStringLiteral("<tr><td>%1. <a href=\"#%2\">%3</a></td><td align=\"right\">%4</td></tr>")
                   .arg(i + 1)
                   .arg(sections[i].anchor, sections[i].title.toHtmlEscaped(),
                       i < pages.size() ? QString::number(pages[i]) : QString());
    cursor.insertHtml(toc + QStringLiteral("</table>"));
    QList<int> starts;
    for (const ReviewSection& s : sections) {
        cursor.movePosition(QTextCursor::End);
        starts << insertBlocks(cursor, s, true);
    }
    return starts;
}

void ReviewTextDocument::fillSection(QTextDocument* doc, const ReviewReport& report, const ReviewSection& section)
{
    doc->clear();
    registerSvgHandler(doc);
    doc->setDefaultStyleSheet(styleSheet());
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReviewSections::title(report));
    QTextCursor cursor(doc);
    insertBlocks(cursor, section, false);
}

} // namespace godwit::report
