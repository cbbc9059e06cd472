// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkconstraint.h"
#include "column.h"
#include "foreignkey.h"
#include "index.h"
#include "uniqueconstraint.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::schema {

struct RowCount {
    qint64 value = 0;
    bool exact = false; // false: an estimate (sqlite_stat1 or max(rowid))

    bool operator==(const RowCount&) const = default;
};

struct Table {
    QString name;
    QList<Column> columns; // in declaration order, hidden/generated included
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes; // explicit and implied (PK/UNIQUE) indexes
    QList<CheckConstraint> checks;
    QList<UniqueConstraint> uniques;
    bool strict = false;
    bool withoutRowid = false;
    bool isVirtual = false; // CREATE VIRTUAL TABLE
    QString sql; // CREATE TABLE text as stored in sqlite_schema
    std::optional<RowCount> rowCount; // absent unless asked for
    // PostgreSQL: the namespace (`name` is qualified with it unless it is public), the comment,
    // the partition key of a partitioned table, and for a partition its parent and bounds.
    QString schemaName = {};
    QString comment = {};
    QString partitionKey = {};
    QString partitionOf = {};
    QString partitionBound = {};

    [[nodiscard]] const Column* column(QStringView name) const;
    [[nodiscard]] const Index* index(QStringView name) const;
    [[nodiscard]] QStringList primaryKey() const; // columns in PK order
    // True when `column` alone is covered by a UNIQUE constraint/index or is the sole PK.
    [[nodiscard]] bool isUniqueColumn(QStringView column) const;
    [[nodiscard]] bool isForeignKeyColumn(QStringView column) const;

    bool operator==(const Table&) const = default;
};

} // namespace godwit::schema
