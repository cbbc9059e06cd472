// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tablecarddelegate.h"

#include "widgets/canvas/tablecardmodel.h"
#include "widgets/common/icons.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace godwit::widgets {

namespace {

    constexpr int Gap = 7; // half the space between cards
    constexpr int Pad = 14; // inside a card

    QColor mix(const QColor& a, const QColor& b, qreal t)
    {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
            a.blueF() * (1 - t) + b.blueF() * t);
    }

    bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

} // namespace

TableCardDelegate::TableCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

TableCardDelegate::~TableCardDelegate() = default;

QSize TableCardDelegate::minimumCardSize(const QFont& font)
{
    const QFontMetrics fm(font);
    const int line = fm.height();
    // name + subtitle + gap + figure + label, and the padding around them.
    return { qMax(212, fm.averageCharWidth() * 30) + 2 * Gap,
        2 * Pad + line * 2 + 14 + int(line * 1.45) + line + 2 * Gap };
}

QSize TableCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QSize minimum = minimumCardSize(option.font);
    return { qMax(minimum.width(), m_cardWidth), minimum.height() };
}

void TableCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool dark = isDark(pal);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool isView = index.data(TableCardModel::IsViewRole).toBool();
    const QColor text = pal.color(QPalette::Text);
    const QColor window = pal.color(QPalette::Window);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor accent = isView ? (dark ? QColor(0xb0, 0x94, 0xdc) : QColor(0x7b, 0x5b, 0xb0)) : highlight;
    QColor card = dark ? mix(window, text, 0.07) : pal.color(QPalette::Base);
    if (selected)
        card = mix(card, highlight, dark ? 0.22 : 0.10);
    else if (hovered)
        card = mix(card, highlight, dark ? 0.10 : 0.04);
    const QColor border = selected ? highlight
        : hovered                  ? mix(window, highlight, 0.55)
                                   : mix(window, text, dark ? 0.18 : 0.14);
    const QColor dim = mix(text, card, 0.42);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(option.rect).adjusted(Gap + 0.5, Gap + 0.5, -Gap - 0.5, -Gap - 0.5);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    painter->fillPath(path, card);
    // A thin accent along the top edge tells tables from views at a glance.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(r.left(), r.top(), r.width(), 3), accent);
    painter->restore();
    painter->setPen(QPen(border, selected ? 1.6 : 1.0));
    painter->drawPath(path);

    const QRect inner = r.toRect().adjusted(Pad, Pad, -Pad, -Pad);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(option.font.pointSizeF() * 1.08);
    const QFontMetrics nameFm(nameFont);
    const QFontMetrics fm(option.font);

    const int iconSize = 16;
    const QIcon icon = Icons::icon(isView ? QStringLiteral("view") : QStringLiteral("table"));
    const int nameTop = inner.top();
    icon.paint(painter, QRect(inner.left(), nameTop + (nameFm.height() - iconSize) / 2, iconSize, iconSize));
    const QRect nameRect(inner.left() + iconSize + 8, nameTop, inner.width() - iconSize - 8, nameFm.height());
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameFm.elidedText(index.data().toString(), Qt::ElideMiddle, nameRect.width()));

    QString subtitle;
    const QVariant rows = index.data(TableCardModel::RowCountRole);
    if (isView) {
        subtitle = TableCardModel::tr("View");
    } else if (rows.isValid()) {
        const QString n = QLocale().toString(rows.toLongLong());
        subtitle = index.data(TableCardModel::RowCountExactRole).toBool() ? TableCardModel::tr("%1 rows").arg(n)
                                                                          : TableCardModel::tr("≈ %1 rows").arg(n);
    } else {
        subtitle = TableCardModel::tr("Table");
    }
    painter->setFont(option.font);
    painter->setPen(dim);
    const QRect subRect(nameRect.left(), nameRect.bottom() + 3, nameRect.width(), fm.height());
    painter->drawText(
        subRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(subtitle, Qt::ElideRight, subRect.width()));

    struct Figure {
        int value;
        QString label;
    };
    QList<Figure> figures;
    const int columns = index.data(TableCardModel::ColumnCountRole).toInt();
    figures.append({ columns, TableCardModel::tr("columns") });
    if (!isView) {
        figures.append({ index.data(TableCardModel::IndexCountRole).toInt(), TableCardModel::tr("indexes") });
        figures.append({ index.data(TableCardModel::ForeignKeyCountRole).toInt(), TableCardModel::tr("foreign keys") });
    }
    QFont figureFont = option.font;
    figureFont.setPointSizeF(option.font.pointSizeF() * 1.45);
    figureFont.setWeight(QFont::DemiBold);
    const QFontMetrics figureFm(figureFont);
    QFont labelFont = option.font;
    labelFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics labelFm(labelFont);
    const int labelTop = inner.bottom() - labelFm.height() + 1;
    const int figureTop = labelTop - figureFm.height() + 2;
    // Figures sit left-aligned over their labels, spread so the row fills the card.
    QList<int> widths;
    int used = 0;
    for (const Figure& f : figures) {
        widths.append(
            qMax(figureFm.horizontalAdvance(QLocale().toString(f.value)), labelFm.horizontalAdvance(f.label) + 2));
        used += widths.last();
    }
    const int gaps = qMax(2, int(figures.size()) - 1);
    const int spacing = qMax(10, (inner.width() - used) / gaps);
    int x = inner.left();
    for (int i = 0; i < figures.size(); ++i) {
        const int width = qMin(widths[i], inner.right() - x);
        if (width <= 0)
            break;
        painter->setFont(figureFont);
        painter->setPen(figures[i].value == 0 ? dim : text);
        painter->drawText(QRect(x, figureTop, width, figureFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QLocale().toString(figures[i].value));
        painter->setFont(labelFont);
        painter->setPen(dim);
        painter->drawText(QRect(x, labelTop, width, labelFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            labelFm.elidedText(figures[i].label, Qt::ElideRight, width));
        x += widths[i] + spacing;
    }
    painter->restore();
}

} // namespace godwit::widgets
