// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/textposition.h"
#include "migrationreport.h"
#include "scriptsplitter.h"

namespace godwit::sqlite {
class Database;
}

namespace godwit::migrations {

// Statements that run together: in one transaction, or one statement outside any.
struct ScriptSegment {
    bool transactional = true;
    QList<qsizetype> statements; // indexes into ScriptPlan::statements
    bool operator==(const ScriptSegment&) const = default;
};

// How one migration file will run. Most files are one transaction, perhaps with connection
// PRAGMAs (foreign_keys) before or after it. Files that run something outside a transaction
// between other statements, or VACUUM / journal_mode, are "snapshot" files: the migrator
// copies the database before them so a failure can still put it back exactly as it was.
struct ScriptPlan {
    QString text; // the file's text (BOM dropped)
    qint32 checksum = 0; // Flyway's checksum of the bytes that were read
    QList<ScriptStatement> statements;
    QList<ScriptSegment> segments;
    QList<MigrationNote> notes; // statements run outside the transaction or skipped, with positions
    bool needsSnapshot = false;
    bool changesTables = false; // has DROP or ALTER, so foreign keys are checked afterwards

    bool operator==(const ScriptPlan&) const = default;
};

class ScriptRunner final {
public:
    // Reads and plans a file. `script` names it in notes, `path` in errors. A statement that
    // could write outside the working copy (ATTACH, VACUUM INTO) or end the migrator's
    // transaction (ROLLBACK) is an error at its position.
    [[nodiscard]] static Result<ScriptPlan> planFile(const QString& path, const QString& script);
    [[nodiscard]] static Result<ScriptPlan> plan(const QString& text, const QString& script, const QString& path = {});

    // Runs one segment's statements on `db` (the caller opens and commits any transaction).
    // Errors carry `fileName` and the line and column in the whole file.
    [[nodiscard]] static Result<void> runSegment(
        const sqlite::Database& db, const ScriptPlan& plan, const ScriptSegment& segment, const QString& fileName);

    // The script with everything outside `segment` blanked out, line breaks kept, so SQLite's
    // error positions in it are positions in the file.
    [[nodiscard]] static QString maskedText(const ScriptPlan& plan, const ScriptSegment& segment);
    // Line and column (code points) of a UTF-16 offset.
    [[nodiscard]] static TextPosition positionOf(QStringView text, qsizetype offset);
};

} // namespace godwit::migrations
