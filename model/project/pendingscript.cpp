// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingscript.h"

#include "core/textfile.h"
#include "migrations/migratedschema.h"
#include "migrations/migrationfolder.h"
#include "migrations/migrationversion.h"
#include "migrations/migrator.h"
#include "sqlite/database.h"

namespace godwit::project {

Result<QString> PendingScript::read(const QString& databasePath, const QString& folder)
{
    auto set = migrations::MigrationFolder::scan(folder);
    if (!set)
        return std::unexpected(set.error());
    auto db = sqlite::Database::openOriginal(databasePath);
    if (!db)
        return std::unexpected(db.error());
    auto config = migrations::MigratedSchema::configFor(*db, databasePath, *set, {});
    if (!config)
        return std::unexpected(config.error());
    auto migrator = migrations::Migrator::open(databasePath, *set, *config, migrations::Migrator::Access::ReadOnly);
    if (!migrator)
        return std::unexpected(migrator.error());
    auto info = migrator->info();
    if (!info)
        return std::unexpected(info.error());
    // A database Flyway never saw is treated as baselined at the version its schema matches; the
    // baseline is only written when migrate runs, so info() still lists the versions up to it.
    const auto baseline
        = config->baselineOnMigrate ? migrations::MigrationVersion::parse(config->baselineVersion) : std::nullopt;
    QString script;
    for (const migrations::MigrationStatus* pending : info->pending()) {
        const auto version = migrations::MigrationVersion::parse(pending->version);
        if (baseline && version && version->compare(*baseline) <= 0)
            continue;
        auto text = TextFile::read(pending->path, QStringLiteral("a migration"));
        if (!text)
            return std::unexpected(text.error());
        script += QStringLiteral("-- %1\n%2\n").arg(pending->script, *text);
    }
    return script;
}

} // namespace godwit::project
