// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "migrations/migrationjob.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace godwit::widgets {

class MigrationsModel;

// The migrations folder beside the schema: its files with their state against the open
// database (applied, pending, failed, checksum mismatch, …), a button to write the next
// V…__….sql, and "apply pending to a working copy", which copies the database, applies the
// pending files off the GUI thread with progress and shows what they changed.
class MigrationsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationsPanel)
public:
    explicit MigrationsPanel(QWidget* parent = nullptr);
    ~MigrationsPanel() override;

    void setFolder(const QString& folder);
    // The database the states are read against (read-only); empty = none (all pending).
    void setDatabase(const QString& path);
    void refresh();
    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] const QString& database() const { return m_database; }
    [[nodiscard]] const migrations::MigrationFolderState& state() const { return m_state; }
    [[nodiscard]] bool hasState() const { return m_hasState; }

    // Writes V<next>__<description>.sql with a header comment and asks to open it.
    [[nodiscard]] Result<QString> createMigration(const QString& description);
    // Copies the database into `workingCopyFolder()` and applies the pending migrations there.
    void applyPending();
    [[nodiscard]] bool isApplying() const;
    void setWorkingCopyFolder(const QString& folder) { m_copyFolder = folder; }
    [[nodiscard]] QString workingCopyFolder() const;
    [[nodiscard]] const std::optional<migrations::MigrationJobResult>& lastResult() const { return m_lastResult; }

    [[nodiscard]] MigrationsModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QPlainTextEdit* resultView() const { return m_result; }
    [[nodiscard]] QPushButton* applyButton() const { return m_apply; }
    [[nodiscard]] QPushButton* newButton() const { return m_new; }

Q_SIGNALS:
    void openRequested(const QString& path);
    void newMigrationRequested();
    void stateChanged();
    // Hook for the before/after diagram: `result.changes` is the database -> working copy diff.
    void applied(const godwit::migrations::MigrationJobResult& result);
    void errorOccurred(const QString& message);

private:
    void watchFiles(const migrations::MigrationSet& set);
    void onInfo(const migrations::MigrationFolderState& state);
    void onApplied(const migrations::MigrationJobResult& result);
    void onFailed(const Error& error);
    void updateButtons();

    migrations::MigrationJob* m_infoJob = nullptr;
    migrations::MigrationJob* m_applyJob = nullptr;
    MigrationsModel* m_model = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_notes = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_apply = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QString m_folder;
    QString m_database;
    QString m_copyFolder;
    migrations::MigrationFolderState m_state;
    bool m_hasState = false;
    bool m_applying = false;
    std::optional<migrations::MigrationJobResult> m_lastResult;
};

} // namespace godwit::widgets
