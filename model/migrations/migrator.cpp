// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "scriptrunner.h"
#include "sqlite/backup.h"
#include "sqlite/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

namespace godwit::migrations {

namespace {

    Q_LOGGING_CATEGORY(lcMigrations, "godwit.model.migrations", QtInfoMsg)

    using sqlite::Transaction;

    std::unexpected<Error> failure(Error::Code code, const QString& message, const QString& file = {})
    {
        return fail(code, message, file);
    }

    Error failureError(Error::Code code, const QString& message, const QString& file = {})
    {
        return fail(code, message, file).error();
    }

    QString versionLabel(const MigrationStatus& s)
    {
        return s.version.isEmpty() ? QStringLiteral("repeatable migration '%1'").arg(s.description)
                                   : QStringLiteral("version %1").arg(s.version);
    }

    QString checksumText(std::optional<qint32> c) { return c ? QString::number(*c) : QStringLiteral("none"); }

} // namespace

Result<Migrator> Migrator::open(const QString& databasePath, MigrationSet set, MigrationConfig config, Access access,
    const sqlite::OpenOptions& readOnlyOptions)
{
    Migrator m;
    auto db = access == Access::ReadOnly ? sqlite::Database::openOriginal(databasePath, readOnlyOptions)
                                         : sqlite::Database::openWritable(databasePath);
    if (!db)
        return std::unexpected(db.error().file.isEmpty() ? db.error().inFile(databasePath) : db.error());
    m.m_db = std::move(*db);
    m.m_path = databasePath;
    m.m_set = std::move(set);
    m.m_config = std::move(config);
    if (!m.m_config.target.isEmpty() && m.m_config.target.compare(QLatin1String("latest"), Qt::CaseInsensitive) != 0
        && !MigrationVersion::parse(m.m_config.target))
        return failure(Error::Code::InvalidArgument,
            QStringLiteral("'%1' is not a version (use digits separated by . or _)").arg(m.m_config.target));
    if (!MigrationVersion::parse(m.m_config.baselineVersion))
        return failure(Error::Code::InvalidArgument,
            QStringLiteral("'%1' is not a baseline version").arg(m.m_config.baselineVersion));
    if (access == Access::Write) {
        if (auto r = m.setForeignKeys(); !r)
            return std::unexpected(r.error());
    }
    return m;
}

Result<QList<HistoryRow>> Migrator::historyRows(bool* exists) const
{
    const SchemaHistory history(m_db, m_config.historyTable);
    auto present = history.exists();
    if (!present)
        return std::unexpected(present.error().inFile(m_path));
    if (exists)
        *exists = *present;
    auto rows = history.rows();
    if (!rows)
        return std::unexpected(rows.error().inFile(m_path));
    return rows;
}

Result<MigrationInfo> Migrator::info() const
{
    bool exists = false;
    auto rows = historyRows(&exists);
    if (!rows)
        return std::unexpected(rows.error());
    return MigrationInfo::compute(m_set, *rows, m_config, exists);
}

QList<ValidationIssue> Migrator::validationIssues(const MigrationInfo& info)
{
    QList<ValidationIssue> issues;
    for (const MigrationStatus& s : info.entries) {
        if (s.hasChecksumMismatch()) {
            issues.append({ ValidationIssue::Kind::ChecksumMismatch, s.version, s.script,
                QStringLiteral("migration checksum mismatch for %1: applied to database %2, resolved locally %3")
                    .arg(versionLabel(s), checksumText(s.appliedChecksum), checksumText(s.fileChecksum)) });
        }
        if (s.state == MigrationState::Failed) {
            issues.append({ ValidationIssue::Kind::Failed, s.version, s.script,
                QStringLiteral("detected failed migration to %1 (%2): fix it, then run repair")
                    .arg(versionLabel(s), s.script) });
        } else if (s.state == MigrationState::Missing) {
            issues.append({ ValidationIssue::Kind::Missing, s.version, s.script,
                QStringLiteral("detected applied migration not resolved locally: %1 (%2)")
                    .arg(versionLabel(s), s.script) });
        } else if (s.state == MigrationState::Ignored) {
            issues.append({ ValidationIssue::Kind::OutOfOrder, s.version, s.script,
                QStringLiteral(
                    "detected resolved migration not applied to database: %1 is older than the current version %2")
                    .arg(versionLabel(s), info.currentVersion) });
        } else if (s.state == MigrationState::Applied && !s.path.isEmpty() && s.kind == MigrationKind::Versioned
            && !s.appliedDescription.isNull() && s.appliedDescription != s.description) {
            // Flyway stores the description from the file name; a renamed file changes it.
            issues.append({ ValidationIssue::Kind::DescriptionMismatch, s.version, s.script,
                QStringLiteral("migration description mismatch for %1: applied to database '%2', resolved locally '%3'")
                    .arg(versionLabel(s), s.appliedDescription, s.description) });
        }
    }
    return issues;
}

Result<QList<ValidationIssue>> Migrator::validate() const
{
    auto current = info();
    if (!current)
        return std::unexpected(current.error());
    // The entries carry the history's description; compare with the files' own.
    QList<ValidationIssue> issues = validationIssues(*current);
    return issues;
}

Result<void> Migrator::setForeignKeys() const
{
    return m_db.exec(m_config.foreignKeys ? QStringLiteral("PRAGMA foreign_keys = ON")
                                          : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

QString Migrator::installedBy() const
{
    if (!m_config.installedBy.isEmpty())
        return m_config.installedBy;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("godwit") : user;
}

HistoryRow Migrator::rowFor(
    const MigrationFile& file, const QString& type, qint32 checksum, int executionTime, bool success) const
{
    HistoryRow row;
    row.version = file.name.kind == MigrationKind::Repeatable ? QString() : file.version().text;
    row.description = file.name.description;
    row.type = type;
    row.script = file.script;
    row.checksum = checksum;
    row.installedBy = installedBy();
    row.executionTime = executionTime;
    row.success = success;
    return row;
}

Result<void> Migrator::ensureHistory(MigrationReport& report)
{
    const SchemaHistory history(m_db, m_config.historyTable);
    auto exists = history.exists();
    if (!exists)
        return std::unexpected(exists.error().inFile(m_path));
    if (*exists)
        return {};
    auto others = history.hasOtherTables();
    if (!others)
        return std::unexpected(others.error().inFile(m_path));
    if (*others && !m_config.baselineOnMigrate)
        return failure(Error::Code::InvalidArgument,
            QStringLiteral("the database has tables but no %1 table: baseline it first (migrate baseline), or "
                           "migrate with --baseline-on-migrate")
                .arg(m_config.historyTable),
            m_path);
    auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
    if (!tx)
        return std::unexpected(tx.error().inFile(m_path));
    if (auto r = history.create(); !r)
        return std::unexpected(r.error().inFile(m_path));
    if (*others) {
        HistoryRow row;
        row.version = MigrationVersion::parse(m_config.baselineVersion)->text;
        row.description = m_config.baselineDescription;
        row.type = QString(SchemaHistory::TypeBaseline);
        row.script = m_config.baselineDescription;
        row.installedBy = installedBy();
        row.success = true;
        if (auto r = history.append(row); !r)
            return std::unexpected(r.error().inFile(m_path));
        report.applied.append({ row.version, row.description, row.script, row.type, 0 });
        report.notes.append(
            { {}, 0, 0, QStringLiteral("baselined the existing database at version %1").arg(row.version) });
    }
    return tx->commit();
}

Result<QString> Migrator::takeSnapshot() const
{
    const QString snapshot = m_path + QStringLiteral(".godwit-before");
    QFile::remove(snapshot);
    if (auto r = sqlite::backupDatabase(m_db, snapshot); !r)
        return std::unexpected(r.error());
    return snapshot;
}

Result<void> Migrator::restoreSnapshot(const QString& snapshot)
{
    // Close first: SQLite removes -wal/-journal on the last close, so the file alone is the database.
    m_db = sqlite::Database();
    QFile::remove(m_path);
    if (!QFile::rename(snapshot, m_path))
        return failure(Error::Code::Io, QStringLiteral("cannot restore the copy from %1").arg(snapshot), m_path);
    auto db = sqlite::Database::openWritable(m_path);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    return setForeignKeys();
}

Result<void> Migrator::executePlan(const ScriptPlan& plan, const MigrationFile& file, const QString& type,
    int* executionTime, int* recordedRank, MigrationReport& report)
{
    QElapsedTimer clock;
    clock.start();
    const SchemaHistory history(m_db, m_config.historyTable);
    qsizetype lastTransactional = -1;
    for (qsizetype i = 0; i < plan.segments.size(); ++i) {
        if (plan.segments.at(i).transactional)
            lastTransactional = i;
    }
    // The success row is only "recorded" once the transaction holding it commits.
    int pendingRank = 0;
    auto finishInside = [&]() -> Result<void> {
        // The 12-step rebuild ends with foreign_key_check (lang_altertable.html, step 10): with
        // foreign keys off nothing else would notice a broken reference.
        if (plan.changesTables && !m_config.foreignKeys) {
            auto st = m_db.prepare(
                QStringLiteral("SELECT \"table\", count(*) FROM pragma_foreign_key_check GROUP BY 1 ORDER BY 1"));
            if (st) {
                (void)st->forEachRow([&](const sqlite::Statement& row) {
                    report.notes.append({ file.script, 0, 0,
                        QStringLiteral("foreign_key_check: %1 row(s) of %2 reference a missing parent")
                            .arg(row.int64(1))
                            .arg(row.text(0)) });
                });
            }
        }
        *executionTime = static_cast<int>(clock.elapsed());
        auto rank = history.append(rowFor(file, type, plan.checksum, *executionTime, true));
        if (!rank)
            return std::unexpected(rank.error().inFile(m_path));
        pendingRank = *rank;
        return {};
    };
    for (qsizetype i = 0; i < plan.segments.size(); ++i) {
        const ScriptSegment& segment = plan.segments.at(i);
        if (!segment.transactional) {
            if (auto r = ScriptRunner::runSegment(m_db, plan, segment, file.path); !r)
                return r;
            continue;
        }
        auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
        if (!tx)
            return std::unexpected(tx.error().inFile(m_path));
        if (auto r = ScriptRunner::runSegment(m_db, plan, segment, file.path); !r)
            return r;
        if (i == lastTransactional) {
            if (auto r = finishInside(); !r)
                return r;
        }
        if (auto r = tx->commit(); !r)
            return std::unexpected(r.error().inFile(file.path));
        *recordedRank = pendingRank;
    }
    if (lastTransactional < 0) {
        auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
        if (!tx)
            return std::unexpected(tx.error().inFile(m_path));
        if (auto r = finishInside(); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
        *recordedRank = pendingRank;
    }
    return {};
}

Result<void> Migrator::markFailed(const MigrationFile& file, const QString& type, qint32 checksum, int executionTime,
    int recordedRank, MigrationReport& report)
{
    const SchemaHistory history(m_db, m_config.historyTable);
    auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
    if (!tx)
        return std::unexpected(tx.error().inFile(m_path));
    if (auto r = history.removeRank(recordedRank); !r)
        return std::unexpected(r.error().inFile(m_path));
    if (auto r = history.append(rowFor(file, type, checksum, executionTime, false)); !r)
        return std::unexpected(r.error().inFile(m_path));
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error().inFile(m_path));
    report.hasFailedRow = true;
    return {};
}

Result<void> Migrator::runFile(const MigrationFile& file, const QString& type, MigrationReport& report)
{
    // Like Flyway on a database with transactional DDL, a file whose changes were all undone
    // leaves no history row: the copy is exactly as it was before it, and the file is pending.
    auto plan = ScriptRunner::planFile(file.path, file.script);
    if (!plan)
        return std::unexpected(plan.error());
    report.notes.append(plan->notes);
    qCDebug(lcMigrations) << "applying" << file.script << plan->segments.size() << "segments"
                          << (plan->needsSnapshot ? "with snapshot" : "");

    QString snapshot;
    if (plan->needsSnapshot) {
        auto taken = takeSnapshot();
        if (!taken)
            return std::unexpected(taken.error());
        snapshot = *taken;
        report.notes.append({ file.script, 0, 0,
            QStringLiteral(
                "runs statements outside a transaction: the copy was saved before it and is restored if it fails") });
    }
    int executionTime = 0;
    int recordedRank = 0;
    auto outcome = executePlan(*plan, file, type, &executionTime, &recordedRank, report);
    // Back to the configured state, whatever the file set (Flyway restores the connection too).
    const auto reset = setForeignKeys();
    if (!outcome) {
        if (!snapshot.isEmpty()) {
            if (auto r = restoreSnapshot(snapshot); !r)
                return std::unexpected(r.error());
        } else if (recordedRank > 0) {
            // A connection PRAGMA after the committed transaction failed: the file's changes
            // stay, so the history says it failed (Flyway's rule when it cannot roll back).
            if (auto r = markFailed(file, type, plan->checksum, executionTime, recordedRank, report); !r)
                qCWarning(lcMigrations) << "cannot record the failure of" << file.script << r.error().toString();
        }
        return std::unexpected(outcome.error());
    }
    if (!snapshot.isEmpty())
        QFile::remove(snapshot);
    if (!reset)
        return std::unexpected(reset.error().inFile(m_path));
    report.applied.append({ file.name.kind == MigrationKind::Repeatable ? QString() : file.version().text,
        file.name.description, file.script, type, executionTime });
    return {};
}

Result<MigrationReport> Migrator::migrate(const MigrationProgress& progress)
{
    MigrationReport report;
    report.database = m_path;
    if (auto r = ensureHistory(report); !r)
        return std::unexpected(r.error());
    auto current = info();
    if (!current)
        return std::unexpected(current.error());
    for (const MigrationStatus& s : current->entries) {
        if (s.state == MigrationState::Failed)
            return failure(Error::Code::InvalidArgument,
                QStringLiteral("the history has a failed migration to %1 (%2): fix it, then run repair")
                    .arg(versionLabel(s), s.script),
                m_path);
    }
    if (m_config.validateOnMigrate) {
        const QList<ValidationIssue> issues = validationIssues(*current);
        if (!issues.isEmpty())
            return failure(Error::Code::InvalidArgument,
                QStringLiteral("validate failed: %1: %2").arg(issues.constFirst().script, issues.constFirst().message),
                m_path);
    }
    const QList<const MigrationStatus*> pending = current->pending();
    const int total = static_cast<int>(pending.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total, pending.at(i)->script)) {
            report.failure = failureError(
                Error::Code::Cancelled, QStringLiteral("cancelled before %1").arg(pending.at(i)->script));
            return report;
        }
        const MigrationFile* file = m_set.fileForScript(pending.at(i)->script);
        Q_ASSERT(file);
        if (auto r = runFile(*file, QString(SchemaHistory::TypeSql), report); !r) {
            report.failure = r.error();
            return report;
        }
    }
    if (progress)
        progress(total, total, {});
    return report;
}

Result<MigrationReport> Migrator::undo(const MigrationProgress& progress)
{
    MigrationReport report;
    report.database = m_path;
    auto current = info();
    if (!current)
        return std::unexpected(current.error());
    std::optional<MigrationVersion> target;
    if (!m_config.target.isEmpty() && m_config.target.compare(QLatin1String("latest"), Qt::CaseInsensitive) != 0)
        target = MigrationVersion::parse(m_config.target);
    // Newest first: each undo reverts the schema the next-older migration left.
    QList<const MigrationStatus*> toUndo;
    for (auto it = current->entries.crbegin(); it != current->entries.crend(); ++it) {
        if (it->kind != MigrationKind::Versioned || it->state != MigrationState::Applied)
            continue;
        const auto v = MigrationVersion::parse(it->version);
        if (target && v->compare(*target) <= 0)
            break;
        toUndo.append(&*it);
        if (!target)
            break;
    }
    if (toUndo.isEmpty())
        return failure(Error::Code::InvalidArgument,
            target ? QStringLiteral("nothing to undo above version %1").arg(target->text)
                   : QStringLiteral("nothing to undo: no versioned migration is applied"),
            m_path);
    const int total = static_cast<int>(toUndo.size());
    for (int i = 0; i < total; ++i) {
        const MigrationStatus& s = *toUndo.at(i);
        const MigrationFile* undoFile = m_set.undoFile(*MigrationVersion::parse(s.version));
        if (!undoFile) {
            report.failure = failureError(Error::Code::FileNotFound,
                QStringLiteral("no undo migration for version %1 (expected %2)")
                    .arg(s.version,
                        MigrationName::compose(MigrationKind::Undo, s.version, s.description, m_config.naming)),
                m_set.folder);
            return report;
        }
        if (progress && !progress(i, total, undoFile->script)) {
            report.failure
                = failureError(Error::Code::Cancelled, QStringLiteral("cancelled before %1").arg(undoFile->script));
            return report;
        }
        if (auto r = runFile(*undoFile, QString(SchemaHistory::TypeUndoSql), report); !r) {
            report.failure = r.error();
            return report;
        }
    }
    if (progress)
        progress(total, total, {});
    return report;
}

Result<MigrationReport> Migrator::baseline()
{
    MigrationReport report;
    report.database = m_path;
    bool exists = false;
    auto rows = historyRows(&exists);
    if (!rows)
        return std::unexpected(rows.error());
    const MigrationVersion version = *MigrationVersion::parse(m_config.baselineVersion);
    for (const HistoryRow& row : *rows) {
        if (row.type == SchemaHistory::TypeBaseline)
            return failure(Error::Code::InvalidArgument,
                QStringLiteral("the history is already baselined at version %1").arg(row.version), m_path);
    }
    if (!rows->isEmpty())
        return failure(Error::Code::InvalidArgument,
            QStringLiteral("cannot baseline: %1 already has %2 row(s)").arg(m_config.historyTable).arg(rows->size()),
            m_path);
    const SchemaHistory history(m_db, m_config.historyTable);
    auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
    if (!tx)
        return std::unexpected(tx.error().inFile(m_path));
    if (!exists) {
        if (auto r = history.create(); !r)
            return std::unexpected(r.error().inFile(m_path));
    }
    HistoryRow row;
    row.version = version.text;
    row.description = m_config.baselineDescription;
    row.type = QString(SchemaHistory::TypeBaseline);
    row.script = m_config.baselineDescription;
    row.installedBy = installedBy();
    row.success = true;
    if (auto r = history.append(row); !r)
        return std::unexpected(r.error().inFile(m_path));
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error().inFile(m_path));
    report.applied.append({ row.version, row.description, row.script, row.type, 0 });
    return report;
}

Result<MigrationReport> Migrator::repair()
{
    MigrationReport report;
    report.database = m_path;
    auto rows = historyRows();
    if (!rows)
        return std::unexpected(rows.error());
    const MigrationInfo current = MigrationInfo::compute(m_set, *rows, m_config);
    const SchemaHistory history(m_db, m_config.historyTable);
    auto tx = Transaction::begin(m_db, Transaction::Kind::Immediate);
    if (!tx)
        return std::unexpected(tx.error().inFile(m_path));
    auto note = [&](const QString& script, const QString& message) { report.notes.append({ script, 0, 0, message }); };
    for (const HistoryRow& row : *rows) {
        if (row.success)
            continue;
        if (auto r = history.removeRank(row.installedRank); !r)
            return std::unexpected(r.error().inFile(m_path));
        note(row.script, QStringLiteral("removed the failed history row (rank %1)").arg(row.installedRank));
    }
    for (const MigrationStatus& s : current.entries) {
        if (s.state == MigrationState::Applied && !s.path.isEmpty()) {
            const MigrationFile* file = m_set.fileForScript(s.script);
            if (file && (s.appliedChecksum != file->checksum || s.appliedDescription != file->name.description)) {
                if (auto r = history.realign(s.installedRank, file->name.description, s.type, file->checksum); !r)
                    return std::unexpected(r.error().inFile(m_path));
                note(s.script,
                    QStringLiteral("realigned checksum %1 -> %2")
                        .arg(checksumText(s.appliedChecksum), checksumText(file->checksum)));
            }
        } else if (s.state == MigrationState::Missing && s.kind == MigrationKind::Versioned) {
            HistoryRow row;
            row.version = s.version;
            row.description = s.description;
            row.type = QString(SchemaHistory::TypeDelete);
            row.script = s.script;
            row.checksum = s.appliedChecksum;
            row.installedBy = installedBy();
            row.success = true;
            if (auto r = history.append(row); !r)
                return std::unexpected(r.error().inFile(m_path));
            report.applied.append({ row.version, row.description, row.script, row.type, 0 });
            note(s.script, QStringLiteral("marked the missing migration %1 as deleted").arg(s.version));
        }
    }
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error().inFile(m_path));
    return report;
}

} // namespace godwit::migrations
