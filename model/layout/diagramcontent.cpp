// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramcontent.h"

#include "schema/identifier.h"

namespace godwit::layout {

qsizetype Card::rowIndex(QStringView column) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].present && schema::sameIdentifier(rows[i].name, column))
            return i;
    }
    return -1;
}

QString Link::key() const
{
    return child + QLatin1Char(':') + QString::number(childRow) + QLatin1String("->") + parent + QLatin1Char(':')
        + QString::number(parentRow);
}

const Card* DiagramContent::card(QStringView key) const
{
    const qsizetype i = cardIndex(key);
    return i < 0 ? nullptr : &cards[i];
}

qsizetype DiagramContent::cardIndex(QStringView key) const
{
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (cards[i].key == key)
            return i;
    }
    return -1;
}

} // namespace godwit::layout
