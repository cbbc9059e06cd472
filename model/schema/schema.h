// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship.h"
#include "table.h"
#include "trigger.h"
#include "view.h"

#include <QList>
#include <QString>

namespace godwit::schema {

// One database schema as plain values: what the diff, the diagram and the plan all read.
struct Schema {
    QString source; // where it came from (file path), for messages and titles
    QList<Table> tables; // sorted by name, case-insensitively
    QList<View> views;
    QList<Trigger> triggers;
    // Diagram relationships that are not foreign keys (only schemas read from Mermaid have them).
    // The `= {}` keeps `Schema { source, tables, views, triggers }` free of missing-initializer warnings.
    QList<Relationship> relationships = {};

    [[nodiscard]] const Table* table(QStringView name) const;
    [[nodiscard]] const View* view(QStringView name) const;
    [[nodiscard]] QList<const Trigger*> triggersOn(QStringView tableOrView) const;
    [[nodiscard]] qsizetype indexCount() const; // explicit CREATE INDEX only

    bool operator==(const Schema&) const = default;
};

} // namespace godwit::schema
