// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramtheme.h"

#include <QPalette>

namespace godwit::widgets {

using layout::Mark;

QColor DiagramTheme::mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

QColor DiagramTheme::markColor(Mark mark) const
{
    switch (mark) {
    case Mark::Added:
        return added;
    case Mark::Removed:
        return removed;
    case Mark::Changed:
        return changed;
    case Mark::Renamed:
        return renamed;
    case Mark::None:
        break;
    }
    return header;
}

QColor DiagramTheme::markTint(Mark mark) const
{
    if (mark == Mark::None)
        return card;
    return mix(card, markColor(mark), dark ? 0.24 : 0.14);
}

QColor DiagramTheme::markHeaderText(Mark mark) const
{
    // Amber is too light for white text; the others keep it readable.
    if (mark == Mark::Changed)
        return QColor(0x26, 0x1c, 0x00);
    return headerText;
}

DiagramTheme DiagramTheme::light()
{
    DiagramTheme t;
    t.dark = false;
    t.background = QColor(0xf5, 0xf6, 0xf8);
    t.grid = QColor(0xdc, 0xe0, 0xe6);
    t.card = QColor(0xff, 0xff, 0xff);
    t.cardBorder = QColor(0xb9, 0xc2, 0xcd);
    t.header = QColor(0x34, 0x4a, 0x5f);
    t.viewHeader = QColor(0x5e, 0x52, 0x8c);
    t.headerText = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1d, 0x24, 0x2c);
    t.dimText = QColor(0x6a, 0x75, 0x82);
    t.rowRule = QColor(0xee, 0xf0, 0xf3);
    t.primaryKey = QColor(0xb0, 0x7d, 0x0c);
    t.foreignKey = QColor(0x5a, 0x6f, 0x86);
    t.edge = QColor(0x7c, 0x88, 0x97);
    t.highlight = QColor(0x1f, 0x6f, 0xd1);
    t.selection = QColor(0x1f, 0x6f, 0xd1);
    t.added = QColor(0x00, 0x9e, 0x73);
    t.removed = QColor(0xd5, 0x5e, 0x00);
    t.changed = QColor(0xe6, 0x9f, 0x00);
    t.renamed = QColor(0x00, 0x72, 0xb2);
    return t;
}

DiagramTheme DiagramTheme::darkTheme()
{
    DiagramTheme t;
    t.dark = true;
    t.background = QColor(0x1d, 0x20, 0x25);
    t.grid = QColor(0x2c, 0x31, 0x38);
    t.card = QColor(0x2a, 0x2f, 0x36);
    t.cardBorder = QColor(0x48, 0x51, 0x5c);
    t.header = QColor(0x3f, 0x58, 0x72);
    t.viewHeader = QColor(0x5f, 0x54, 0x8e);
    t.headerText = QColor(0xf4, 0xf6, 0xf8);
    t.text = QColor(0xe3, 0xe7, 0xeb);
    t.dimText = QColor(0x9b, 0xa5, 0xb1);
    t.rowRule = QColor(0x33, 0x39, 0x41);
    t.primaryKey = QColor(0xe3, 0xb3, 0x41);
    t.foreignKey = QColor(0x9d, 0xb2, 0xc9);
    t.edge = QColor(0x86, 0x93, 0xa3);
    t.highlight = QColor(0x5c, 0xa8, 0xff);
    t.selection = QColor(0x5c, 0xa8, 0xff);
    t.added = QColor(0x2f, 0xbf, 0x98);
    t.removed = QColor(0xf0, 0x7b, 0x3a);
    t.changed = QColor(0xf0, 0xb4, 0x29);
    t.renamed = QColor(0x3d, 0x9b, 0xe0);
    return t;
}

DiagramTheme DiagramTheme::fromPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    DiagramTheme t = dark ? darkTheme() : light();
    t.selection = palette.color(QPalette::Highlight);
    return t;
}

} // namespace godwit::widgets
