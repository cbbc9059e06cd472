// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/schema/schematreedelegate.h"

#include "widgets/schema/schematreemodel.h"

#include <QApplication>
#include <QPainter>

namespace godwit::widgets {

namespace {

    constexpr int MinimumDetailWidth = 36; // below this an elided detail says nothing
    constexpr int Spacing = 12;

} // namespace

SchemaTreeDelegate::SchemaTreeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

SchemaTreeDelegate::~SchemaTreeDelegate() = default;

QSize SchemaTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // A little more air than the style's default rows: the tree is read more than scanned.
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 4);
}

void SchemaTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString detail = index.siblingAtColumn(SchemaTreeModel::DetailColumn).data().toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int nameWidth = opt.fontMetrics.horizontalAdvance(opt.text) + Spacing;
    const int detailWidth = textRect.width() - nameWidth - 4;
    QStyledItemDelegate::paint(painter, option, index);
    if (detail.isEmpty() || detailWidth < MinimumDetailWidth)
        return;

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QColor color
        = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::PlaceholderText);
    if (selected)
        color.setAlphaF(0.75);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(color);
    const QRect detailRect(textRect.right() - detailWidth - 2, textRect.top(), detailWidth, textRect.height());
    painter->drawText(detailRect, Qt::AlignRight | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

} // namespace godwit::widgets
