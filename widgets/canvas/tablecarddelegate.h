// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace godwit::widgets {

// Paints a TableCardModel row as a card: name, kind and row count, then three figures.
// Colours come from the view's palette, so cards follow light and dark themes.
class TableCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableCardDelegate)
public:
    explicit TableCardDelegate(QObject* parent = nullptr);
    ~TableCardDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The smallest card that fits its text in `font`, gaps included.
    [[nodiscard]] static QSize minimumCardSize(const QFont& font);
    // Cards are stretched to fill a row exactly; the overview sets the width per resize.
    void setCardWidth(int width) { m_cardWidth = width; }
    [[nodiscard]] int cardWidth() const { return m_cardWidth; }

private:
    int m_cardWidth = 0;
};

} // namespace godwit::widgets
