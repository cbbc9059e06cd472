// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/jobrunner.h"
#include "diff/changeset.h"
#include "migrationconfig.h"
#include "migrationinfo.h"
#include "migrationreport.h"
#include "migrationset.h"

#include <QObject>

namespace godwit::migrations {

// What "apply pending to a working copy" produced.
struct MigrationJobResult {
    QString copyPath;
    MigrationReport report; // report.failure set when a file failed (the copy is kept)
    MigrationInfo info; // the copy's state afterwards
    diff::ChangeSet changes; // the database before -> the copy after (history table left out)
};

// The folder's state against a database, for the migrations panel.
struct MigrationFolderState {
    MigrationSet set;
    MigrationInfo info;
    QList<MigrationNote> notes; // e.g. the baseline Godwit would infer for a database without history
};

// Migration work off the GUI thread, with progress; a newer request cancels an older one and
// drops its results (JobRunner), and cancel() stops between files and interrupts the running one.
class MigrationJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationJob)
public:
    explicit MigrationJob(QObject* parent = nullptr);
    ~MigrationJob() override;

    // Scans `folder` and reads the history of `databasePath` (read-only, no quick_check);
    // an empty path means "no database": everything is pending.
    void startInfo(const QString& databasePath, const QString& folder, const MigrationConfig& config = {});
    // Copies `databasePath` to `copyPath` (backup API; an empty database when the path is
    // empty), applies the pending migrations there and compares the schema before and after.
    void startApply(const QString& databasePath, const QString& folder, const QString& copyPath,
        const MigrationConfig& config = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // Where startApply()'s copies go unless the user chose a folder (see sqlite::WorkingCopy).
    [[nodiscard]] static QString defaultCopyFolder();
    // A fresh, time-stamped path in `folder` for a copy of `databasePath`.
    [[nodiscard]] static QString suggestedCopyPath(const QString& databasePath, const QString& folder);

Q_SIGNALS:
    void progressed(int percent, const QString& step);
    void infoReady(const godwit::migrations::MigrationFolderState& state);
    void applied(const godwit::migrations::MigrationJobResult& result);
    void failed(const godwit::Error& error);

private:
    // Each job registers its own Migrator's interrupt (Job::interruptWith), so cancelling one
    // request never reaches another's.
    JobRunner m_jobs { this };
};

} // namespace godwit::migrations
