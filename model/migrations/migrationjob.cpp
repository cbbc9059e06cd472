// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationjob.h"

#include "diff/schemadiff.h"
#include "migratedschema.h"
#include "migrationfolder.h"
#include "migrator.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <QFile>
#include <QMetaObject>

namespace godwit::migrations {

namespace {

    // Reports from the worker to the job's thread, dropped when the job is gone or a newer
    // request has started.
    struct Reporter {
        QPointer<MigrationJob> job;
        quint64 generation;
        const quint64* current;

        template <typename Fn> void operator()(Fn fn) const
        {
            QMetaObject::invokeMethod(
                job.data(),
                [job = job, generation = generation, current = current, fn] {
                    if (job && *current == generation)
                        fn(job.data());
                },
                Qt::QueuedConnection);
        }
    };

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
    , m_running(std::make_shared<Running>())
{
}

MigrationJob::~MigrationJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool MigrationJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void MigrationJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    const std::lock_guard lock(m_running->mutex);
    if (m_running->migrator)
        m_running->migrator->interrupt();
}

template <typename Work> void MigrationJob::run(Work work)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Reporter report { this, ++m_generation, &m_generation };
    QThread* thread
        = QThread::create([=, cancelled = m_cancel, running = m_running] { work(report, cancelled, running); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void MigrationJob::startInfo(const QString& databasePath, const QString& folder, const MigrationConfig& config)
{
    run([=](const Reporter& report, const std::shared_ptr<std::atomic_bool>&, const std::shared_ptr<Running>&) {
        auto state = readState(databasePath, folder, config);
        if (state)
            report([state = *state](MigrationJob* job) { Q_EMIT job->infoReady(state); });
        else
            report([error = state.error()](MigrationJob* job) { Q_EMIT job->failed(error); });
    });
}

void MigrationJob::startApply(
    const QString& databasePath, const QString& folder, const QString& copyPath, const MigrationConfig& config)
{
    run([=](const Reporter& report, const std::shared_ptr<std::atomic_bool>& cancelled,
            const std::shared_ptr<Running>& running) {
        auto failWith = [&](const Error& e) { report([e](MigrationJob* job) { Q_EMIT job->failed(e); }); };
        auto step = [&](int percent, const QString& what) {
            report([percent, what](MigrationJob* job) { Q_EMIT job->progressed(percent, what); });
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
                return !cancelled->load();
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
        {
            const std::lock_guard lock(running->mutex);
            running->migrator = &*m;
        }
        auto migrated = m->migrate([&](int done, int total, const QString& script) {
            step(30 + (total > 0 ? 60 * done / total : 60), script);
            return !cancelled->load();
        });
        {
            const std::lock_guard lock(running->mutex);
            running->migrator = nullptr;
        }
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
        report([result](MigrationJob* job) { Q_EMIT job->applied(result); });
    });
}

} // namespace godwit::migrations
