// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationplan.h"
#include "schema/table.h"

namespace godwit::plan {

// SQL fragments the planners share: how a row is identified, how a backfill walks a table,
// the checks a verification query makes. Identifiers are quoted only where SQLite needs it, so
// the plan reads like hand-written SQL in a review.
class PlanSql final {
public:
    // The column a keyset backfill walks: the INTEGER PRIMARY KEY alias, "rowid", or empty for
    // WITHOUT ROWID tables (which have no integer key to range over).
    [[nodiscard]] static QString keyColumn(const schema::Table& table);
    // "rowid = NEW.rowid" or "a = NEW.a AND b = NEW.b" (`row` is NEW or OLD).
    [[nodiscard]] static QString sameRow(const schema::Table& table, const QString& row);
    // A batch statement over `table`: `statementHead` (e.g. "UPDATE t SET x = (y)") followed by
    // "WHERE <key range> AND <remaining>". Empty key: one batch over the whole table.
    [[nodiscard]] static BackfillSpec backfill(const schema::Table& table, const QString& statementHead,
        const QString& remaining, int batchSize, const QString& keyPrefix = {});

    // Returns 0 when `column` exists in `table`.
    [[nodiscard]] static QString columnMissing(const QString& table, const QString& column);
    // Returns 0 when `column` no longer exists.
    [[nodiscard]] static QString columnPresent(const QString& table, const QString& column);
    // Returns 0 when an object of `type` ("table", "index", "view", "trigger") called `name` exists / is gone.
    [[nodiscard]] static QString objectMissing(const QString& type, const QString& name);
    [[nodiscard]] static QString objectPresent(const QString& type, const QString& name);
    // Returns the number of foreign-key violations (all tables).
    [[nodiscard]] static QString foreignKeyViolations();
    // One verification query that adds up the counts of several: each runs as a scalar subquery,
    // so an operand's NOT cannot swallow the rest (SQLite's NOT binds looser than +).
    [[nodiscard]] static QString sum(const QStringList& queries);

    // A value of the column's type to stand in for NULL when nothing better is known.
    [[nodiscard]] static QString placeholderValue(const schema::Column& column);
    // The column's DEFAULT as an expression usable in an UPDATE, or empty.
    [[nodiscard]] static QString defaultExpression(const schema::Column& column);
    // "-- text" lines, wrapped at about 100 characters.
    [[nodiscard]] static QString comment(const QString& text);
    // Trigger names Godwit owns start with this, so rehearsal and lint can recognise them.
    [[nodiscard]] static QString ownedName(const QStringList& parts);
};

} // namespace godwit::plan
