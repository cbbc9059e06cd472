// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrationversion.h"

#include <optional>

namespace godwit::migrations {

// Flyway's three kinds of SQL migration.
enum class MigrationKind {
    Versioned, // V<version>__<description>.sql, applied once, in version order
    Undo, // U<version>__<description>.sql, reverts the versioned migration of the same version
    Repeatable, // R__<description>.sql, (re)applied after the versioned ones whenever its checksum changes
};

// Flyway's file name conventions (sqlMigrationPrefix, undoSqlMigrationPrefix,
// repeatableSqlMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes).
struct NamingOptions {
    QString versionedPrefix = QStringLiteral("V");
    QString undoPrefix = QStringLiteral("U");
    QString repeatablePrefix = QStringLiteral("R");
    QString separator = QStringLiteral("__");
    QStringList suffixes = { QStringLiteral(".sql") };

    bool operator==(const NamingOptions&) const = default;
};

// What a migration's file name says about it.
struct MigrationName {
    MigrationKind kind = MigrationKind::Versioned;
    MigrationVersion version; // empty for repeatable migrations
    QString description; // underscores read as spaces, as Flyway stores it
    QString fileName;

    // nullopt when the name is not a migration at all (other suffix, or no known prefix);
    // an error naming the file when it starts like one but is malformed.
    [[nodiscard]] static Result<std::optional<MigrationName>> parse(
        const QString& fileName, const NamingOptions& options = {});
    // "V<version>__<description>.sql" for a new migration (spaces in `description` become underscores).
    [[nodiscard]] static QString compose(
        MigrationKind kind, const QString& version, const QString& description, const NamingOptions& options = {});

    bool operator==(const MigrationName&) const = default;
};

[[nodiscard]] QString migrationKindName(MigrationKind kind); // "versioned", "undo", "repeatable"

} // namespace godwit::migrations
