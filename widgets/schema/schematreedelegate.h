// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace godwit::widgets {

// Draws a schema tree row as its name followed by the detail column (type, row count,
// target of a key) in a quieter colour, right-aligned. The detail gives way first when
// the dock is narrow, so names stay readable.
class SchemaTreeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeDelegate)
public:
    explicit SchemaTreeDelegate(QObject* parent = nullptr);
    ~SchemaTreeDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace godwit::widgets
