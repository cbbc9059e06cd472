// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/scrollpage.h"

#include <QScrollArea>

namespace godwit::widgets {

QScrollArea* scrollPage(QWidget* page, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    if (!page->objectName().isEmpty())
        area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    page->show();
    return area;
}

} // namespace godwit::widgets
