// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratedschema.h"

#include "diff/schemadiff.h"
#include "migrationfolder.h"
#include "migrator.h"
#include "postgres/connectionuri.h"
#include "scriptrunner.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <thread>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace godwit::migrations {

namespace {

    bool sameSchema(schema::Schema a, schema::Schema b)
    {
        SchemaHistory::removeFrom(a);
        SchemaHistory::removeFrom(b);
        diff::DiffOptions options;
        options.renames = diff::RenamePolicy::Reject;
        return diff::SchemaDiff::compare(a, b, options).isEmpty();
    }

} // namespace

std::optional<MigrationVersion> MigratedSchema::matchingVersion(const schema::Schema& current, const MigrationSet& set)
{
    auto db = sqlite::Database::openMemory();
    if (!db)
        return std::nullopt;
    // When several consecutive versions build the same schema (V3 only backfills data), the
    // first of them is the safe baseline: the data migrations after it run again rather than
    // being skipped.
    std::optional<MigrationVersion> match;
    bool previousMatched = false;
    for (const MigrationFile& file : set.versioned) {
        auto plan = ScriptRunner::planFile(file.path, file.script);
        if (!plan)
            break;
        for (const ScriptSegment& segment : plan->segments) {
            if (!ScriptRunner::runSegment(*db, *plan, segment, file.path))
                return match;
        }
        auto schema = schema::SchemaReader::read(*db);
        if (!schema)
            break;
        const bool matches = sameSchema(current, *schema);
        if (matches && !previousMatched)
            match = file.version();
        previousMatched = matches;
    }
    return match;
}

Result<MigrationConfig> MigratedSchema::configFor(const sqlite::Database& db, const QString& displayPath,
    const MigrationSet& set, const MigrationConfig& config, QList<MigrationNote>* notes)
{
    const SchemaHistory history(db, config.historyTable);
    auto exists = history.exists();
    auto others = history.hasOtherTables();
    if (!exists || !others)
        return std::unexpected((!exists ? exists.error() : others.error()).inFile(displayPath));
    if (*exists || !*others)
        return config;
    auto current = schema::SchemaReader::read(db);
    if (!current)
        return std::unexpected(current.error().inFile(displayPath));
    const auto version = matchingVersion(*current, set);
    if (!version)
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("no %1 table, and the schema is not what any prefix of the migrations in %2 "
                           "builds: baseline it first (godwit migrate baseline --baseline-version N)")
                .arg(config.historyTable, QDir::toNativeSeparators(set.folder)),
            displayPath);
    MigrationConfig effective = config;
    effective.baselineOnMigrate = true;
    effective.baselineVersion = version->text;
    if (notes)
        notes->append({ {}, 0, 0,
            QStringLiteral("%1 has no history table; its schema is what version %2 builds, so it is treated as "
                           "baselined at %2")
                .arg(displayPath, version->text) });
    return effective;
}

Result<schema::Schema> MigratedSchema::read(const QString& databasePath, const QString& folder,
    const MigrationConfig& config, const schema::ReadOptions& options, QList<MigrationNote>* notes)
{
    auto set = MigrationFolder::scan(folder, config.naming);
    if (!set)
        return std::unexpected(set.error());
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("godwit-migrated-XXXXXX")));
    if (!scratch.isValid())
        return fail(Error::Code::Io, QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString copy = scratch.filePath(QFileInfo(databasePath).completeBaseName() + QStringLiteral("-migrated.db"));
    if (auto r = sqlite::WorkingCopy::create(databasePath, copy); !r)
        return std::unexpected(r.error());

    MigrationConfig effective;
    {
        auto db = sqlite::Database::openWritable(copy);
        if (!db)
            return std::unexpected(db.error());
        auto c = configFor(*db, databasePath, *set, config, notes);
        if (!c)
            return std::unexpected(c.error());
        effective = *c;
    }

    auto migrator = Migrator::open(copy, *set, effective, Migrator::Access::Write);
    if (!migrator)
        return std::unexpected(migrator.error());
    auto report = migrator->migrate();
    if (!report)
        return std::unexpected(report.error());
    if (notes)
        notes->append(report->notes);
    if (report->failure)
        return std::unexpected(*report->failure);
    auto schema = schema::SchemaReader::read(migrator->database(), options);
    if (!schema)
        return std::unexpected(schema.error().inFile(databasePath));
    SchemaHistory::removeFrom(*schema, config.historyTable);
    schema->source = QStringLiteral("%1 + %2").arg(databasePath, folder);
    return schema;
}

std::pair<Result<schema::Schema>, Result<schema::Schema>> MigratedSchema::readBeforeAfter(
    const QString& databasePath, const QString& folder, const schema::ReadOptions& options)
{
    Result<schema::Schema> after;
    std::thread worker([&] { after = read(databasePath, folder, {}, options); });
    Result<schema::Schema> before = schema::SchemaReader::readFile(databasePath, options);
    worker.join();
    if (before)
        SchemaHistory::removeFrom(*before);
    return { std::move(before), std::move(after) };
}

std::pair<Result<schema::Schema>, Result<schema::Schema>> MigratedSchema::readSources(
    const QString& before, const QString& after, const schema::ReadOptions& options)
{
    // Migrations run on a SQLite working copy; a live PostgreSQL database is never migrated here.
    if (QFileInfo(after).isDir() && postgres::ConnectionUri::isUri(before)) {
        auto unsupported = fail(Error::Code::Unsupported,
            QStringLiteral(
                "a migrations folder can only be applied to a SQLite database; compare with a database that has them"),
            postgres::ConnectionUri::redacted(before));
        return { unsupported, unsupported };
    }
    return QFileInfo(after).isDir() ? readBeforeAfter(before, after, options)
                                    : schema::SchemaReader::readFiles(before, after, options);
}

} // namespace godwit::migrations
