// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/sectionlabel.h"

namespace godwit::widgets {

SectionLabel::SectionLabel(const QString& text, QWidget* parent)
    : QLabel(text.toUpper(), parent)
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 0.85);
    heading.setBold(true);
    heading.setLetterSpacing(QFont::PercentageSpacing, 108);
    setFont(heading);
    setForegroundRole(QPalette::PlaceholderText);
}

} // namespace godwit::widgets
