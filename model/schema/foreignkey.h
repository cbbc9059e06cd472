// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

enum class ForeignKeyAction { NoAction, Restrict, SetNull, SetDefault, Cascade };

[[nodiscard]] QString foreignKeyActionSql(ForeignKeyAction action); // "NO ACTION", "CASCADE", ...
[[nodiscard]] ForeignKeyAction foreignKeyActionFromSql(QStringView text);

struct ForeignKey {
    int id = 0; // as numbered by PRAGMA foreign_key_list
    QStringList columns; // in the child table
    QString parentTable;
    QStringList parentColumns; // empty entries mean "the parent's primary key"
    ForeignKeyAction onDelete = ForeignKeyAction::NoAction;
    ForeignKeyAction onUpdate = ForeignKeyAction::NoAction;
    bool deferrable = false;
    bool initiallyDeferred = false;
    QString name = {}; // PostgreSQL: the constraint name
    bool notValid = false; // PostgreSQL: added NOT VALID and not validated since

    bool operator==(const ForeignKey&) const = default;
};

} // namespace godwit::schema
