// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"

#include <QColor>

class QPalette;

namespace godwit::widgets {

// The canvas colours. Change marks use the Okabe–Ito palette, which stays distinguishable
// with the common colour-vision deficiencies; every mark also has a glyph and a line style,
// so colour is never the only cue.
struct DiagramTheme {
    bool dark = false;
    QColor background;
    QColor grid;
    QColor card;
    QColor cardBorder;
    QColor header; // table headers
    QColor viewHeader; // view headers
    QColor headerText;
    QColor text;
    QColor dimText;
    QColor rowRule;
    QColor primaryKey;
    QColor foreignKey;
    QColor edge;
    QColor highlight; // hovered foreign-key path, search matches
    QColor selection;
    QColor added;
    QColor removed;
    QColor changed;
    QColor renamed;

    [[nodiscard]] QColor markColor(layout::Mark mark) const;
    // A soft tint of the mark colour for row backgrounds.
    [[nodiscard]] QColor markTint(layout::Mark mark) const;
    // Text on a header filled with markColor(mark).
    [[nodiscard]] QColor markHeaderText(layout::Mark mark) const;

    [[nodiscard]] static DiagramTheme light();
    [[nodiscard]] static DiagramTheme darkTheme();
    // Light or dark after the palette's window colour, with the palette's highlight.
    [[nodiscard]] static DiagramTheme fromPalette(const QPalette& palette);
    [[nodiscard]] static QColor mix(const QColor& a, const QColor& b, qreal t);

    bool operator==(const DiagramTheme&) const = default;
};

} // namespace godwit::widgets
