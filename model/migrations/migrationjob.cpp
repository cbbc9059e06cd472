// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationjob.h"

#include "diff/schemadiff.h"
#include "migratedschema.h"
#include "migrationfolder.h"
#include "migrator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

namespace godwit::migrations {

namespace {

    Result<MigrationFolderState> readState(
        const QString& databasePath, const QString& folder, const MigrationConfig& config)
    {
        MigrationFolderState state;
        auto set = MigrationFolder::scan(folder, config.naming);
        if (!set)
            return std::unexpected(set.error());
        state.set = *set;
        if (databasePath.isEmpty()) {
            state.info = MigrationInfo::compute(state.set, {}, config, false);
            return state;
        }
        sqlite::OpenOptions options;
        options.quickCheck = false; // the history is all we read; quick_check of a big file takes seconds
        auto m = Migrator::open(databasePath, state.set, config, Migrator::Access::ReadOnly, options);
        if (!m)
            return std::unexpected(m.error());
        auto effective = MigratedSchema::configFor(m->database(), databasePath, state.set, config, &state.notes);
        auto info = m->info();
        if (!info)
            return std::unexpected(info.error());
        // Without a history, show what Godwit would baseline at (as the diff and apply do).
        if (effective && !info->hasHistoryTable && effective->baselineOnMigrate) {
            HistoryRow baseline;
            baseline.installedRank = 1;
            baseline.version = effective->baselineVersion;
            baseline.description = effective->baselineDescription;
            baseline.type = QString(SchemaHistory::TypeBaseline);
            baseline.script = effective->baselineDescription;
            baseline.success = true;
            state.info = MigrationInfo::compute(state.set, { baseline }, *effective, false);
        } else {
            state.info = *info;
            if (!effective)
                state.notes.append(MigrationNote { {}, 0, 0, effective.error().message });
        }
        return state;
    }

} // namespace

MigrationJob::MigrationJob(QObject* parent)
    : QObject(parent)
{
}

MigrationJob::~MigrationJob() = default;

bool MigrationJob::isRunning() const { return m_jobs.isRunning(); }

void MigrationJob::cancel() { m_jobs.cancel(); }

QString MigrationJob::defaultCopyFolder() { return sqlite::WorkingCopy::defaultFolder(); }

QString MigrationJob::suggestedCopyPath(const QString& databasePath, const QString& folder)
{
    return sqlite::WorkingCopy::suggestedPath(databasePath, folder);
}

void MigrationJob::startInfo(const QString& databasePath, const QString& folder, const MigrationConfig& config)
{
    m_jobs.start([this, databasePath, folder, config](const Job& job) {
        auto state = readState(databasePath, folder, config);
        job.finish([this, state = std::move(state)] {
            if (state)
                Q_EMIT infoReady(*state);
            else
                Q_EMIT failed(state.error());
        });
    });
}

void MigrationJob::startApply(
    const QString& databasePath, const QString& folder, const QString& copyPath, const MigrationConfig& config)
{
    m_jobs.start([=, this](const Job& job) {
        auto failWith = [&](const Error& e) { job.finish([this, e] { Q_EMIT failed(e); }); };
        auto step = [&](int percent, const QString& what) {
            job.post([this, percent, what] { Q_EMIT progressed(percent, what); });
        };
        auto set = MigrationFolder::scan(folder, config.naming);
        if (!set)
            return failWith(set.error());
        schema::Schema before;
        step(0, QStringLiteral("copy"));
        if (databasePath.isEmpty()) {
            auto db = sqlite::Database::openWritable(copyPath, true);
            if (!db)
                return failWith(db.error());
        } else {
            auto read = schema::SchemaReader::readFile(databasePath);
            if (!read)
                return failWith(read.error());
            before = *read;
            SchemaHistory::removeFrom(before, config.historyTable);
            auto copied = sqlite::WorkingCopy::create(databasePath, copyPath, [&](const sqlite::BackupStatus& s) {
                step(int(30 * (s.pagesTotal > 0 ? s.fraction() : 1.0)), QStringLiteral("copy"));
                return !job.isCancelled();
            });
            if (!copied)
                return failWith(copied.error());
        }
        MigrationJobResult result;
        result.copyPath = copyPath;
        MigrationConfig effective = config;
        {
            auto db = sqlite::Database::openWritable(copyPath);
            if (!db)
                return failWith(db.error());
            auto c = MigratedSchema::configFor(*db, databasePath, *set, config, &result.report.notes);
            if (!c)
                return failWith(c.error());
            effective = *c;
        }
        auto m = Migrator::open(copyPath, *set, effective, Migrator::Access::Write);
        if (!m)
            return failWith(m.error());
        Result<MigrationReport> migrated = [&] {
            const Job::InterruptScope interruptible = job.interruptWith([&m] { m->interrupt(); });
            return m->migrate([&](int done, int total, const QString& script) {
                step(30 + (total > 0 ? 60 * done / total : 60), script);
                return !job.isCancelled();
            });
        }();
        if (!migrated)
            return failWith(migrated.error());
        const QList<MigrationNote> inferred = result.report.notes;
        result.report = *migrated;
        result.report.notes = inferred + migrated->notes;
        result.report.database = copyPath;
        step(90, QStringLiteral("compare"));
        auto info = m->info();
        if (info)
            result.info = *info;
        auto after = schema::SchemaReader::read(m->database());
        if (!after)
            return failWith(after.error().inFile(copyPath));
        SchemaHistory::removeFrom(*after, config.historyTable);
        before.source = databasePath;
        after->source = copyPath;
        result.changes = diff::SchemaDiff::compare(before, *after, {});
        step(100, QString());
        job.finish([this, result] { Q_EMIT applied(result); });
    });
}

} // namespace godwit::migrations
