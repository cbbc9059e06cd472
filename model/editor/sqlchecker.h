// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <memory>

#include <QList>
#include <QString>

namespace godwit::sqlite {
class Database;
}
namespace godwit::schema {
struct Schema;
}

namespace godwit::editor {

// A problem SQLite finds in one statement of the text being edited.
struct SqlProblem {
    int line = 1; // 1-based, in the whole text
    int column = 1; // 1-based, code points
    qsizetype offset = 0; // UTF-16 offset in the text (for the editor's indicators)
    qsizetype length = 1; // UTF-16 length of the token SQLite points at
    QString message;
    bool operator==(const SqlProblem&) const = default;
};

// Checks SQL as it is typed: every statement is prepared against an in-memory database
// holding the schema (no data), and the DDL among them (CREATE TABLE … AS SELECT included,
// unless its query has a WITH clause) is run so later statements see the tables it creates;
// all of it is rolled back after each check. Nothing touches a file.
class SqlChecker final {
public:
    // `schema` is built from its stored CREATE text (what cannot be built, e.g. a virtual table
    // of a missing module, is skipped); the schema changes of `scripts` (their CREATE, DROP
    // and ALTER statements) then run on top, in order, e.g. the migrations that come before
    // the file being edited. Script errors are ignored. Scripts are text: read files with
    // migrations::ScriptRunner::planFile, which drops the UTF-8 BOM SQLite would choke on.
    [[nodiscard]] static Result<SqlChecker> create(const schema::Schema& schema, const QStringList& scripts = {});

    SqlChecker(SqlChecker&&) noexcept;
    SqlChecker& operator=(SqlChecker&&) noexcept;
    ~SqlChecker();

    [[nodiscard]] QList<SqlProblem> check(const QString& sql) const;
    // The schema the checker holds (after the scripts): what completion offers names from.
    [[nodiscard]] Result<schema::Schema> schema() const;
    // Objects of the schema that could not be rebuilt in memory (statements naming them may be flagged).
    [[nodiscard]] const QStringList& skippedObjects() const { return m_skipped; }

private:
    SqlChecker();
    std::unique_ptr<sqlite::Database> m_db; // in memory; behind a pointer so the editor never sees sqlite/
    QStringList m_skipped;
};

} // namespace godwit::editor
