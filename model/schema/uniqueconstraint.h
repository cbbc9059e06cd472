// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

// A UNIQUE constraint declared in CREATE TABLE (SQLite backs each with a sqlite_autoindex_*).
struct UniqueConstraint {
    QString name; // CONSTRAINT name, may be empty
    QStringList columns;

    bool operator==(const UniqueConstraint&) const = default;
};

} // namespace godwit::schema
