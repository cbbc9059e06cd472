// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "sqlite/rowset.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::sqlite {
class Database;
}

namespace godwit::data {

// What one statement of the editor's text did: the rows it returned (a query) or the rows it
// changed, how long it took, or why it failed, with where it starts in the text.
struct StatementResult {
    QString sql;
    int line = 1; // where the statement starts in the editor's text
    int column = 1;
    sqlite::RowSet rows; // a statement that returns rows (SELECT, PRAGMA, ... RETURNING)
    bool returnsRows = false;
    qint64 rowCount = 0; // rows the statement returned, all of them (`rows` keeps the first maxRows)
    qint64 changes = 0; // rows a write changed (sqlite3_changes)
    double elapsedMs = 0;
    std::optional<Error> error; // file:line:col in the editor's text

    bool operator==(const StatementResult&) const = default;
};

// Runs the statements of a text one after another on a connection, as the SQL editor's Run
// does: each gets its own result; the first failure ends the run (later statements depend on
// it, as in a script). On a read-only target a statement that would write is refused before
// it runs, with a sentence that says so; ATTACH and VACUUM INTO, which would reach another
// file, are left to the connection guard, which refuses them on every connection.
class SqlRunner final {
public:
    struct Options {
        bool readOnly = true; // the user's original: nothing may write
        qsizetype maxRows = 10000; // rows kept per result; the count goes on past them
        QString fileName; // for error positions, e.g. "editor"
    };

    [[nodiscard]] static QList<StatementResult> run(
        const sqlite::Database& db, const QString& text, const Options& options);
};

} // namespace godwit::data
