// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// What the Text, Mermaid and DOT writers share, so the three outputs agree on what a
// foreign key means and on the column markers.
class SchemaWriterSupport final {
public:
    // A foreign key read as a crow's-foot relationship between parent and child.
    struct Relationship {
        bool parentRequired = false; // every FK column is NOT NULL: exactly one parent (`||`), else `|o`
        bool childUnique = false; // the FK columns hold a unique key of the child: one-to-one (`o|`), else `o{`
        bool identifying = false; // every FK column is part of the child's PRIMARY KEY (`--`), else `..`

        bool operator==(const Relationship&) const = default;
    };

    [[nodiscard]] static Relationship relationship(const Table& child, const ForeignKey& foreignKey);
    // True when SQLite can never store NULL in `column`: NOT NULL, an INTEGER PRIMARY KEY
    // (the rowid alias), or a PRIMARY KEY column of a WITHOUT ROWID table.
    [[nodiscard]] static bool isNeverNull(const Table& table, const Column& column);
    // "PK", "NN", "UQ", "FK" in that order, the ones that apply.
    [[nodiscard]] static QStringList columnMarkers(const Table& table, const Column& column);
    // The parent columns of `foreignKey`, with empty entries ("the parent's primary key")
    // resolved from the parent table; empty when the parent or its key is unknown.
    [[nodiscard]] static QStringList parentColumns(const Schema& schema, const ForeignKey& foreignKey);
    // Lines of `text` trimmed and joined with single spaces, for one-line summaries.
    [[nodiscard]] static QString oneLine(QStringView text);
    // `base`, or `base_2`, `base_3`, ... whichever is not in `taken` (compared case-insensitively);
    // the result is added to `taken`.
    [[nodiscard]] static QString uniqueName(const QString& base, QSet<QString>* taken);
};

} // namespace godwit::schema
