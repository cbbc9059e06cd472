// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QAbstractListModel>

namespace godwit::widgets {

// One row per table, then one per view: the figures a table card shows.
class TableCardModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableCardModel)
public:
    enum Roles {
        IsViewRole = Qt::UserRole + 1, // bool
        ColumnCountRole, // int
        RowCountRole, // qint64, or invalid when rows were not counted
        RowCountExactRole, // bool
        IndexCountRole, // int, explicit CREATE INDEX only
        ForeignKeyCountRole, // int
        ReferencedByCountRole, // int: tables with a foreign key to this one
    };

    explicit TableCardModel(QObject* parent = nullptr);
    ~TableCardModel() override;

    void setSchema(const schema::Schema& schema);
    void clear();
    // Row of the card for a table or view; -1 when there is none.
    [[nodiscard]] int rowOf(QStringView name) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Card {
        QString name;
        bool isView = false;
        int columns = 0;
        std::optional<schema::RowCount> rows;
        int indexes = 0;
        int foreignKeys = 0;
        int referencedBy = 0;
    };
    QList<Card> m_cards;
};

} // namespace godwit::widgets
