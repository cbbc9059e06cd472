// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <optional>

#include <QList>
#include <QString>

namespace godwit::migrations {

// Something the migrator wants the user to know that is not an error: a statement run
// outside the transaction, a skipped BEGIN/COMMIT, a foreign_key_check finding, a repair.
struct MigrationNote {
    QString script; // relative to the folder; empty for notes about the whole run
    int line = 0; // 1-based; 0 = the whole file
    int column = 0;
    QString message;

    // "script:line:col: message", like Error::toString().
    [[nodiscard]] QString toString() const;
    bool operator==(const MigrationNote&) const = default;
};

// One migration the operation ran (or one history row it wrote).
struct AppliedMigration {
    QString version; // empty for repeatable
    QString description;
    QString script;
    QString type; // "SQL", "UNDO_SQL", "BASELINE", "DELETE"
    int executionTime = 0; // ms
    bool operator==(const AppliedMigration&) const = default;
};

// What migrate, undo, baseline and repair did to the working copy. A failure in one file
// stops the run: the files before it stay applied, that file is rolled back without a
// history row, and `failure` says where and why (file:line:col and SQLite's message).
struct MigrationReport {
    QString database; // the working copy written
    QList<AppliedMigration> applied;
    QList<MigrationNote> notes;
    std::optional<Error> failure;
    // The failing file's changes could not be undone (a statement after its committed
    // transaction failed): they stay, and the history records the file with success = 0.
    bool hasFailedRow = false;

    [[nodiscard]] bool isSuccess() const { return !failure; }
    bool operator==(const MigrationReport&) const = default;
};

// A reason `validate` fails, with Flyway's wording where Flyway has one.
struct ValidationIssue {
    enum class Kind { ChecksumMismatch, DescriptionMismatch, Failed, Missing, OutOfOrder };
    Kind kind = Kind::ChecksumMismatch;
    QString version;
    QString script;
    QString message;
    bool operator==(const ValidationIssue&) const = default;
};

[[nodiscard]] QString validationIssueKindName(ValidationIssue::Kind kind); // "checksum-mismatch", ...

} // namespace godwit::migrations
