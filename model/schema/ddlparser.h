// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkconstraint.h"
#include "column.h"
#include "core/result.h"
#include "trigger.h"
#include "uniqueconstraint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// Reads the parts of stored CREATE statements that no pragma exposes: CHECK and UNIQUE
// constraints with their names, DEFERRABLE, COLLATE, AUTOINCREMENT, generated-column and
// index expressions, partial-index WHERE, trigger timing and event. The input is text SQLite
// has already accepted, so the parser follows SQLite's grammar (parse.y) without validating it.
class DdlParser final {
public:
    struct ColumnDefinition {
        QString name;
        QString collation; // as written after COLLATE; empty when none
        bool autoIncrement = false;
        Generated generated = Generated::No;
        QString generatedExpression; // text between the parentheses of AS (...)

        bool operator==(const ColumnDefinition&) const = default;
    };

    // One REFERENCES clause, column-level or table-level, in declaration order.
    struct ForeignKeyClause {
        QString name; // CONSTRAINT name, may be empty
        QStringList columns;
        QString parentTable;
        QStringList parentColumns; // empty when the parent's primary key is meant
        bool deferrable = false;
        bool initiallyDeferred = false;

        bool operator==(const ForeignKeyClause&) const = default;
    };

    struct TableDefinition {
        QString name;
        bool isVirtual = false;
        QString module; // USING module, for virtual tables
        QList<ColumnDefinition> columns;
        QList<CheckConstraint> checks; // column and table CHECKs in declaration order
        QList<UniqueConstraint> uniques;
        QList<ForeignKeyClause> foreignKeys;
        bool withoutRowid = false;
        bool strict = false;

        bool operator==(const TableDefinition&) const = default;
    };

    // One term of CREATE INDEX ... ( term, ... ).
    struct IndexTerm {
        QString text; // the term without ASC/DESC, as written
        QString column; // set when the term is a bare (possibly quoted) column name
        QString collation; // a trailing COLLATE name, empty when none
        QString textWithoutCollation; // `text` with that trailing COLLATE removed
        bool descending = false;

        bool operator==(const IndexTerm&) const = default;
    };

    struct IndexDefinition {
        QString name;
        QString table;
        bool unique = false;
        QList<IndexTerm> terms;
        QString where; // partial index condition, empty when none

        bool operator==(const IndexDefinition&) const = default;
    };

    struct TriggerDefinition {
        QString name;
        QString table;
        TriggerTiming timing = TriggerTiming::Before;
        TriggerEvent event = TriggerEvent::Insert;
        QStringList updateOf;

        bool operator==(const TriggerDefinition&) const = default;
    };

    [[nodiscard]] static Result<TableDefinition> parseCreateTable(QStringView sql);
    [[nodiscard]] static Result<IndexDefinition> parseCreateIndex(QStringView sql);
    [[nodiscard]] static Result<TriggerDefinition> parseCreateTrigger(QStringView sql);
};

} // namespace godwit::schema
