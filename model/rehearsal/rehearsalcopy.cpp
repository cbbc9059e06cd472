// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalcopy.h"

#include "filefingerprint.h"
#include "rehearsaljson.h"
#include "rehearsalstate.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <map>
#include <mutex>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>

namespace godwit::rehearsal {

namespace {
    void removeWithSidecars(const QString& path)
    {
        for (const char* suffix : { "", "-journal", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    }
} // namespace

RehearsalCopy::RehearsalCopy(RehearsalCopy&&) noexcept = default;
RehearsalCopy& RehearsalCopy::operator=(RehearsalCopy&&) noexcept = default;
RehearsalCopy::~RehearsalCopy() = default;

Result<std::unique_ptr<sqlite::Database>> RehearsalCopy::open(const QString& copyPath)
{
    auto db = sqlite::Database::openWritable(copyPath);
    if (!db)
        return std::unexpected(db.error());
    if (auto r = db->exec(QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(r.error());
    return std::make_unique<sqlite::Database>(std::move(*db));
}

Result<void> RehearsalCopy::openConnection()
{
    auto db = open(m_path);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    // WAL: the application's readers never wait for the migration's writers, as in production.
    return m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Result<void> RehearsalCopy::lock()
{
    // Two rehearsals on one copy would pull its files from under each other (SQLite says "disk
    // I/O error"): the second process is refused while the first holds this lock beside the copy.
    // Inside one process the lock is shared, so a finished run that still holds its copy does not
    // keep the same process from resuming it.
    static std::mutex mutex;
    static std::map<QString, std::weak_ptr<QLockFile>> held;
    const QString lockPath = QFileInfo(m_path).absoluteFilePath() + QStringLiteral(".lock");
    const std::scoped_lock guard(mutex);
    if (auto shared = held[lockPath].lock()) {
        m_lock = std::move(shared);
        return {};
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto lock = std::make_shared<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone (a killed rehearsal), never by age
    if (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError)
            return fail(Error::Code::Io, QStringLiteral("cannot create the lock file %1.lock").arg(m_path), m_path);
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return fail(Error::Code::Locked,
            QStringLiteral("the copy is in use by another Godwit process (pid %1); wait for it to finish, or choose "
                           "another copy")
                .arg(pid),
            m_path);
    }
    held[lockPath] = lock;
    m_lock = std::move(lock);
    return {};
}

Result<RehearsalCopy> RehearsalCopy::create(const QString& originalPath, const QString& copyPath,
    const std::atomic_bool* cancel, const std::function<void(const sqlite::BackupStatus&)>& progress,
    const std::function<void(const RunStatus&)>& state)
{
    RehearsalCopy copy;
    copy.m_path = copyPath;
    if (auto r = copy.lock(); !r)
        return std::unexpected(r.error());
    if (QFileInfo::exists(copyPath))
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("the working copy already exists (resume it, or choose another copy)"), copyPath);
    state({ RunState::Hashing });
    auto hash = FileFingerprint::of(originalPath, cancel);
    if (!hash)
        return std::unexpected(hash.error());
    copy.m_originalHash = *hash;
    state({ RunState::Copying });
    QDir().mkpath(QFileInfo(copyPath).absolutePath());
    // The copy is made and given its rehearsal state under a staging name, then renamed: a
    // process killed on the way never leaves a file under `copyPath` that --resume cannot use.
    copy.m_path = stagingPath(copyPath);
    removeWithSidecars(copy.m_path); // what a killed rehearsal left
    auto prepared = [&]() -> Result<void> {
        auto copied = sqlite::WorkingCopy::create(originalPath, copy.m_path, [&](const sqlite::BackupStatus& status) {
            progress(status);
            return !(cancel && cancel->load());
        });
        if (!copied)
            return copied;
        if (auto r = copy.openConnection(); !r)
            return r;
        return copy.recordStart(originalPath);
    }();
    // Closing the only connection checkpoints the WAL into the file, which then moves alone.
    copy.m_db.reset();
    if (prepared && !QFile::rename(copy.m_path, copyPath))
        prepared = fail(Error::Code::Io, QStringLiteral("cannot move the finished copy into place"), copyPath);
    if (!prepared) {
        removeWithSidecars(copy.m_path);
        Error e = prepared.error();
        if (e.file == copy.m_path)
            e.file = copyPath;
        return std::unexpected(std::move(e));
    }
    copy.m_path = copyPath;
    if (auto r = copy.openConnection(); !r)
        return std::unexpected(r.error());
    return copy;
}

Result<void> RehearsalCopy::recordStart(const QString& originalPath)
{
    auto tables = Verifier::snapshot(*m_db);
    if (!tables)
        return std::unexpected(tables.error());
    m_tables = *tables;
    QJsonArray tablesJson;
    for (const TableSnapshot& t : m_tables)
        tablesJson << QJsonObject { { QStringLiteral("table"), t.table }, { QStringLiteral("rows"), t.rows },
            { QStringLiteral("max_rowid"), t.maxRowid }, { QStringLiteral("without_rowid"), t.withoutRowid } };
    RehearsalState stateTable(*m_db);
    for (auto r : { stateTable.create(),
             stateTable.set(QStringLiteral("original_path"), QFileInfo(originalPath).absoluteFilePath()),
             stateTable.set(QStringLiteral("original_sha256"), m_originalHash.database),
             stateTable.set(QStringLiteral("original_wal_sha256"), m_originalHash.wal),
             stateTable.set(QStringLiteral("tables"), tablesJson) }) {
        if (!r)
            return r;
    }
    return save({}, {});
}

QString RehearsalCopy::suggestedPath(const QString& originalPath)
{
    return sqlite::WorkingCopy::suggestedPath(originalPath, sqlite::WorkingCopy::defaultFolder());
}

QString RehearsalCopy::suggestedPath(const QString& originalPath, const QString& folder)
{
    return sqlite::WorkingCopy::suggestedPath(originalPath, folder);
}

QString RehearsalCopy::stagingPath(const QString& copyPath) { return copyPath + QStringLiteral(".partial"); }

Result<RehearsalCopy> RehearsalCopy::reopen(const QString& originalPath, const QString& copyPath, Saved* saved)
{
    RehearsalCopy copy;
    copy.m_path = copyPath;
    if (auto r = copy.lock(); !r)
        return std::unexpected(r.error());
    if (!QFileInfo::exists(copyPath))
        return fail(
            Error::Code::FileNotFound, QStringLiteral("no rehearsal to resume: the copy does not exist"), copyPath);
    if (auto r = copy.openConnection(); !r)
        return std::unexpected(r.error());
    RehearsalState stateTable(*copy.m_db);
    auto exists = stateTable.exists();
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return fail(
            Error::Code::InvalidArgument, QStringLiteral("not a rehearsal copy (no rehearsal state in it)"), copyPath);
    auto path = stateTable.value(QStringLiteral("original_path"));
    auto hash = stateTable.value(QStringLiteral("original_sha256"));
    auto tables = stateTable.value(QStringLiteral("tables"));
    auto phases = stateTable.value(QStringLiteral("phases"));
    auto incidents = stateTable.value(QStringLiteral("incidents"));
    for (const auto* r : { &path, &hash, &tables, &phases, &incidents }) {
        if (!*r)
            return std::unexpected(r->error());
    }
    if (path->toString() != QFileInfo(originalPath).absoluteFilePath())
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("this copy rehearses %1, not this database").arg(path->toString()), originalPath);
    copy.m_originalHash.database = hash->toString();
    if (auto wal = stateTable.value(QStringLiteral("original_wal_sha256")))
        copy.m_originalHash.wal = wal->toString();
    for (const QJsonValue& v : tables->toArray()) {
        const QJsonObject o = v.toObject();
        copy.m_tables << TableSnapshot { o.value(QStringLiteral("table")).toString(),
            o.value(QStringLiteral("rows")).toInteger(), o.value(QStringLiteral("max_rowid")).toInteger(),
            o.value(QStringLiteral("without_rowid")).toBool() };
    }
    if (saved) {
        for (const QJsonValue& v : phases->toArray()) {
            PhaseRecord p = RehearsalJson::phaseFromJson(v.toObject());
            // A phase that was cancelled runs again; one that ended (even refused or failed) stays as it was.
            if (p.status != PhaseStatus::Running && p.status != PhaseStatus::Cancelled
                && p.status != PhaseStatus::Pending)
                saved->phases << p;
        }
        for (const QJsonValue& v : incidents->toArray())
            saved->incidents << RehearsalJson::incidentFromJson(v.toObject());
    }
    return copy;
}

Result<void> RehearsalCopy::save(const QList<PhaseRecord>& phases, const QList<Incident>& incidents) const
{
    QJsonArray phasesJson;
    for (const PhaseRecord& p : phases)
        phasesJson << RehearsalJson::phaseToJson(p);
    QJsonArray incidentsJson;
    for (const Incident& i : incidents)
        incidentsJson << RehearsalJson::incidentToJson(i);
    RehearsalState stateTable(*m_db);
    if (auto r = stateTable.set(QStringLiteral("phases"), phasesJson); !r)
        return r;
    return stateTable.set(QStringLiteral("incidents"), incidentsJson);
}

} // namespace godwit::rehearsal
