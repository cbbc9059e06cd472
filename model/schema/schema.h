// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship.h"
#include "table.h"
#include "trigger.h"
#include "view.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// Which engine's rules a schema follows: the diff classifies and the writers name objects by it.
enum class Dialect { SQLite, PostgreSQL };

// A PostgreSQL enum (CREATE TYPE … AS ENUM) or domain (CREATE DOMAIN).
struct UserType {
    enum class Kind { Enum, Domain };
    Kind kind = Kind::Enum;
    QString schemaName;
    QString name; // qualified unless in public, like table names
    QStringList labels; // enum labels in sort order
    QString baseType; // domain: the underlying type
    bool notNull = false; // domain: NOT NULL
    QString defaultValue; // domain: DEFAULT
    QStringList checks; // domain: CHECK constraints (pg_get_constraintdef)
    QString comment;

    bool operator==(const UserType&) const = default;
};

struct Sequence {
    QString schemaName;
    QString name; // qualified unless in public
    QString dataType;
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;
    bool cycle = false;
    QString ownedBy; // table.column for OWNED BY (serial columns), empty otherwise

    bool operator==(const Sequence&) const = default;
};

// One database schema as plain values: what the diff, the diagram and the plan all read.
struct Schema {
    QString source; // where it came from (file path), for messages and titles
    QList<Table> tables; // sorted by name, case-insensitively
    QList<View> views;
    QList<Trigger> triggers;
    // Diagram relationships that are not foreign keys (only schemas read from Mermaid have them).
    // The `= {}` keeps `Schema { source, tables, views, triggers }` free of missing-initializer warnings.
    QList<Relationship> relationships = {};
    Dialect dialect = Dialect::SQLite;
    QList<UserType> types = {}; // PostgreSQL enums and domains
    QList<Sequence> sequences = {}; // PostgreSQL sequences not owned by an identity column

    [[nodiscard]] const Table* table(QStringView name) const;
    [[nodiscard]] const View* view(QStringView name) const;
    [[nodiscard]] QList<const Trigger*> triggersOn(QStringView tableOrView) const;
    [[nodiscard]] qsizetype indexCount() const; // explicit CREATE INDEX only

    bool operator==(const Schema&) const = default;
};

} // namespace godwit::schema
