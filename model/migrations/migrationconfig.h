// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationname.h"
#include "schemahistory.h"

namespace godwit::migrations {

// How migrations are read and applied; the defaults are Flyway's, except the history table name.
struct MigrationConfig {
    NamingOptions naming;
    QString historyTable = QString(SchemaHistory::DefaultTable);
    // Stop after this version (migrate) or undo down to it (undo); empty = latest / one step.
    QString target;
    QString baselineVersion = QStringLiteral("1");
    QString baselineDescription = QStringLiteral("<< Godwit Baseline >>");
    // Baseline a non-empty database that has no history table instead of refusing (Flyway's baselineOnMigrate).
    bool baselineOnMigrate = false;
    // Check checksums and order before migrating (Flyway's validateOnMigrate).
    bool validateOnMigrate = true;
    // Written to installed_by; empty = the user's login name.
    QString installedBy;
    // PRAGMA foreign_keys for the migration connection. Off matches Flyway on SQLite (the
    // xerial driver leaves SQLite's default, off), and the documented 12-step table rebuild
    // needs it off, or DROP TABLE of a parent would cascade into its children.
    bool foreignKeys = false;

    bool operator==(const MigrationConfig&) const = default;
};

} // namespace godwit::migrations
