// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migrationinfo.h"

#include <QAbstractTableModel>

namespace godwit::widgets {

// The migrations of a folder with their state against the current database, one row per
// file or history row, in the order migrate applies them.
class MigrationsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationsModel)
public:
    enum Columns { VersionColumn, DescriptionColumn, StateColumn, ScriptColumn, ColumnCount };
    enum Roles {
        PathRole = Qt::UserRole + 1, // absolute path of the file, empty when it is missing
        StateRole, // int(migrations::MigrationState)
        ChecksumMismatchRole, // bool
        ScriptRole, // relative script name
    };

    explicit MigrationsModel(QObject* parent = nullptr);
    ~MigrationsModel() override;

    void setInfo(const migrations::MigrationInfo& info);
    [[nodiscard]] const migrations::MigrationInfo& info() const { return m_info; }
    [[nodiscard]] const migrations::MigrationStatus* statusAt(int row) const;
    [[nodiscard]] int rowOfPath(const QString& path) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the State column says: "applied", "pending", "failed", "checksum mismatch", …
    [[nodiscard]] static QString stateText(const migrations::MigrationStatus& status);

private:
    migrations::MigrationInfo m_info;
};

} // namespace godwit::widgets
