// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"
#include "reviewsections.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace godwit::report {

// Draws an SVG picture inside a QTextDocument with QSvgRenderer, so it stays vector on a PDF
// page and sharp in the window at any zoom. The picture fills the text width (never wider
// than its page, never taller than most of one).
class SvgTextObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum { Type = QTextFormat::UserObject + 16, SvgData = QTextFormat::UserProperty + 16 };
    using QObject::QObject;

    [[nodiscard]] QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
    void drawObject(
        QPainter* painter, const QRectF& rect, QTextDocument* doc, int position, const QTextFormat& format) override;
};

// The review as a QTextDocument, for the PDF and the window's preview and presentation.
class ReviewTextDocument final {
public:
    // Fills `doc` (cleared first) with the title page and every section, each starting a new page.
    // `pages` are the sections' page numbers for the table of contents (empty: no numbers).
    // Returns the positions where the sections start.
    static QList<int> fill(QTextDocument* doc, const ReviewReport& report, const QList<int>& pages = {});
    // One section alone (the presentation's slide).
    static void fillSection(QTextDocument* doc, const ReviewReport& report, const ReviewSection& section);
    // Makes `doc` draw its SVG objects; idempotent.
    static void registerSvgHandler(QTextDocument* doc);
    [[nodiscard]] static QString styleSheet();
};

} // namespace godwit::report
