// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationset.h"

#include <algorithm>

namespace godwit::migrations {

namespace {
    const MigrationFile* byVersion(const QList<MigrationFile>& files, const MigrationVersion& version)
    {
        const auto it
            = std::ranges::find_if(files, [&](const MigrationFile& f) { return f.version().isSameVersion(version); });
        return it == files.end() ? nullptr : &*it;
    }
} // namespace

const MigrationFile* MigrationSet::versionedFile(const MigrationVersion& version) const
{
    return byVersion(versioned, version);
}

const MigrationFile* MigrationSet::undoFile(const MigrationVersion& version) const { return byVersion(undo, version); }

const MigrationFile* MigrationSet::repeatableFile(const QString& description) const
{
    const auto it
        = std::ranges::find_if(repeatable, [&](const MigrationFile& f) { return f.name.description == description; });
    return it == repeatable.end() ? nullptr : &*it;
}

const MigrationFile* MigrationSet::fileForScript(const QString& script) const
{
    for (const QList<MigrationFile>* list : { &versioned, &undo, &repeatable }) {
        const auto it = std::ranges::find_if(*list, [&](const MigrationFile& f) { return f.script == script; });
        if (it != list->end())
            return &*it;
    }
    return nullptr;
}

MigrationVersion MigrationSet::latestVersion() const
{
    MigrationVersion latest;
    for (const QList<MigrationFile>* list : { &versioned, &undo }) {
        for (const MigrationFile& f : *list) {
            if (latest.isEmpty() || f.version().compare(latest) > 0)
                latest = f.version();
        }
    }
    return latest;
}

} // namespace godwit::migrations
