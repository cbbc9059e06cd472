// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationname.h"

#include <QList>

namespace godwit::migrations {

// One migration file found in a folder.
struct MigrationFile {
    MigrationName name;
    QString script; // path relative to the folder with '/' separators: what the history table stores
    QString path; // absolute path
    qint32 checksum = 0; // Flyway's checksum (FlywayChecksum)

    [[nodiscard]] const MigrationVersion& version() const { return name.version; }
    bool operator==(const MigrationFile&) const = default;
};

// A file in the folder that is not a migration (no known prefix or suffix), kept so `info`
// can say why it was skipped.
struct IgnoredFile {
    QString script;
    QString reason;
    bool operator==(const IgnoredFile&) const = default;
};

// A migrations folder, read and ordered the way Flyway orders it.
struct MigrationSet {
    QString folder; // absolute path
    QList<MigrationFile> versioned; // ascending version
    QList<MigrationFile> undo; // ascending version
    QList<MigrationFile> repeatable; // by description
    QList<IgnoredFile> ignored;

    [[nodiscard]] const MigrationFile* versionedFile(const MigrationVersion& version) const;
    [[nodiscard]] const MigrationFile* undoFile(const MigrationVersion& version) const;
    [[nodiscard]] const MigrationFile* repeatableFile(const QString& description) const;
    [[nodiscard]] const MigrationFile* fileForScript(const QString& script) const;
    // The highest versioned (or undo) version in the folder; empty when there is none.
    [[nodiscard]] MigrationVersion latestVersion() const;

    bool operator==(const MigrationSet&) const = default;
};

} // namespace godwit::migrations
