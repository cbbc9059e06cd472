// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

struct View {
    QString name;
    QStringList columns; // result column names
    QString sql; // CREATE VIEW text
    QString schemaName = {}; // PostgreSQL namespace; empty for SQLite
    bool materialized = false; // PostgreSQL: CREATE MATERIALIZED VIEW
    QString comment = {};

    bool operator==(const View&) const = default;
};

} // namespace godwit::schema
