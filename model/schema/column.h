// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "affinity.h"

#include <QString>

namespace godwit::schema {

// How a column gets its value: stored normally, or computed (GENERATED ALWAYS AS).
enum class Generated { No, Virtual, Stored };
// PostgreSQL identity columns (sql-createtable.html, GENERATED … AS IDENTITY).
enum class Identity { None, Always, ByDefault };

struct Column {
    QString name;
    QString declaredType; // as written, may be empty
    Affinity affinity = Affinity::Blob;
    bool notNull = false;
    QString defaultValue; // the DEFAULT expression as SQL text; empty = no default
    bool hasDefault = false; // distinguishes DEFAULT '' from no default
    int primaryKeyPosition = 0; // 1-based position in the PRIMARY KEY, 0 = not part of it
    bool autoIncrement = false;
    QString collation; // empty = BINARY (the default)
    Generated generated = Generated::No;
    QString generatedExpression;
    bool hidden = false; // hidden column of a virtual table
    // PostgreSQL: GENERATED ALWAYS/BY DEFAULT AS IDENTITY, the comment, and whether the default
    // calls a volatile function (ADD COLUMN then rewrites the table).
    Identity identity = Identity::None;
    QString comment = {};
    bool volatileDefault = false;

    [[nodiscard]] bool isPrimaryKey() const { return primaryKeyPosition > 0; }
    [[nodiscard]] bool isGenerated() const { return generated != Generated::No; }

    bool operator==(const Column&) const = default;
};

} // namespace godwit::schema
