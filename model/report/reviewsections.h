// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"
#include "reviewtables.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace godwit::report {

// A piece of a section: rich text (the HTML subset QTextDocument also reads), or a vector picture.
struct ReviewBlock {
    QString html;
    QByteArray svg; // set for pictures
    QString caption; // the picture's name, for alt text and captions

    [[nodiscard]] bool isPicture() const { return !svg.isEmpty(); }
    bool operator==(const ReviewBlock&) const = default;
};

struct ReviewSection {
    Section id = Section::Summary;
    QString title;
    QString anchor;
    QList<ReviewBlock> blocks;

    bool operator==(const ReviewSection&) const = default;
};

// The document's content as sections of blocks, shared by the HTML file, the PDF and the
// window's preview and presentation, so they cannot disagree.
class ReviewSections final {
public:
    [[nodiscard]] static QString title(const ReviewReport& report); // "Migration review: a.db → b.sql"
    // The title page's facts (sources, date, versions, the original's digest).
    [[nodiscard]] static QString headerHtml(const ReviewReport& report);
    [[nodiscard]] static QList<ReviewSection> build(const ReviewReport& report);
    [[nodiscard]] static ReviewSection build(const ReviewReport& report, Section section);
    [[nodiscard]] static QString tableHtml(const ReviewTable& table, const QString& cssClass = {});
    [[nodiscard]] static QString pre(const QString& text, const QString& cssClass = QStringLiteral("sql"));
};

} // namespace godwit::report
