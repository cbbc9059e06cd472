// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/migrations/migrationspanel.h"

#include "core/textfile.h"
#include "diff/changesettextwriter.h"
#include "migrations/migrationfolder.h"
#include "widgets/migrations/migrationsmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace godwit::widgets {

MigrationsPanel::MigrationsPanel(QWidget* parent)
    : QWidget(parent)
    , m_infoJob(new migrations::MigrationJob(this))
    , m_applyJob(new migrations::MigrationJob(this))
    , m_model(new MigrationsModel(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_folderLabel = new QLabel(tr("No migrations folder"), this);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    layout->addWidget(m_folderLabel);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New Migration…"), this);
    m_apply = new QPushButton(tr("Apply Pending to Working Copy"), this);
    m_apply->setToolTip(tr("Copies the database (it is never changed) and applies the pending migrations to the copy"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_apply);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeView(split);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true); // the file name; its full path is in the tooltip
    m_result = new QPlainTextEdit(split);
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setPlaceholderText(tr("Apply the pending migrations to a working copy to see what they change."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString path = index.data(MigrationsModel::PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    connect(m_new, &QPushButton::clicked, this, &MigrationsPanel::newMigrationRequested);
    connect(m_apply, &QPushButton::clicked, this, &MigrationsPanel::applyPending);
    connect(m_infoJob, &migrations::MigrationJob::infoReady, this, &MigrationsPanel::onInfo);
    connect(m_infoJob, &migrations::MigrationJob::failed, this, &MigrationsPanel::onFailed);
    connect(m_applyJob, &migrations::MigrationJob::applied, this, &MigrationsPanel::onApplied);
    connect(m_applyJob, &migrations::MigrationJob::failed, this, &MigrationsPanel::onFailed);
    connect(m_applyJob, &migrations::MigrationJob::progressed, this, [this](int percent, const QString& step) {
        m_progress->setValue(percent);
        m_progress->setFormat(step.isEmpty() ? QStringLiteral("%p%") : step + QStringLiteral(" — %p%"));
    });
    // Files added, removed or renamed in the folder (by us or anyone) change the list; a file
    // edited in place (which the folder's watch does not see) changes its checksum and state.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &MigrationsPanel::refresh);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MigrationsPanel::refresh);
    updateButtons();
}

MigrationsPanel::~MigrationsPanel() = default;

void MigrationsPanel::setFolder(const QString& folder)
{
    if (!m_folder.isEmpty())
        m_watcher->removePath(m_folder);
    watchFiles({});
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    m_folderLabel->setText(m_folder.isEmpty() ? tr("No migrations folder") : QDir::toNativeSeparators(m_folder));
    if (!m_folder.isEmpty())
        m_watcher->addPath(m_folder);
    m_hasState = false;
    m_model->setInfo({});
    refresh();
}

void MigrationsPanel::setDatabase(const QString& path)
{
    m_database = path;
    refresh();
}

void MigrationsPanel::refresh()
{
    updateButtons();
    if (m_folder.isEmpty())
        return;
    m_infoJob->startInfo(m_database, m_folder);
}

void MigrationsPanel::watchFiles(const migrations::MigrationSet& set)
{
    // Start over each time: an editor that saves by renaming a new file over the old one ends
    // the watch on it, and the folder's own watch then brings us here to watch the new file.
    if (const QStringList watched = m_watcher->files(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths;
    for (const QList<migrations::MigrationFile>* files : { &set.versioned, &set.undo, &set.repeatable }) {
        for (const migrations::MigrationFile& f : *files)
            paths << f.path;
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void MigrationsPanel::onInfo(const migrations::MigrationFolderState& state)
{
    watchFiles(state.set);
    m_state = state;
    m_hasState = true;
    m_model->setInfo(state.info);
    QStringList notes;
    for (const migrations::MigrationNote& n : state.notes)
        notes << n.toString();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    for (int c = 0; c + 1 < MigrationsModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    updateButtons();
    Q_EMIT stateChanged();
}

void MigrationsPanel::onFailed(const Error& error)
{
    if (sender() == m_applyJob)
        m_applying = false;
    m_progress->hide();
    updateButtons();
    Q_EMIT errorOccurred(error.toString());
}

Result<QString> MigrationsPanel::createMigration(const QString& description)
{
    if (m_folder.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no migrations folder is open"));
    const QString words = description.trimmed();
    if (words.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("a migration needs a description"));
    // Scan now rather than trust the list: files may have appeared since the last refresh.
    auto set = migrations::MigrationFolder::scan(m_folder);
    if (!set)
        return std::unexpected(set.error());
    const QString version = migrations::MigrationFolder::nextVersion(*set);
    const QString name = migrations::MigrationName::compose(migrations::MigrationKind::Versioned, version, words);
    const QString path = QDir(m_folder).filePath(name);
    if (QFileInfo::exists(path))
        return fail(Error::Code::InvalidArgument, QStringLiteral("already exists"), path);
    if (auto saved = TextFile::write(path, QStringLiteral("-- V%1: %2\n\n").arg(version, words)); !saved)
        return std::unexpected(saved.error());
    refresh();
    Q_EMIT openRequested(path);
    return path;
}

QString MigrationsPanel::workingCopyFolder() const
{
    return m_copyFolder.isEmpty() ? migrations::MigrationJob::defaultCopyFolder() : m_copyFolder;
}

bool MigrationsPanel::isApplying() const { return m_applying; }

void MigrationsPanel::applyPending()
{
    if (m_folder.isEmpty())
        return;
    const QString folder = workingCopyFolder();
    if (!QDir().mkpath(folder)) {
        Q_EMIT errorOccurred(tr("Cannot create the working copy folder %1").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QString copy = migrations::MigrationJob::suggestedCopyPath(
        m_database.isEmpty() ? QStringLiteral("migrations.db") : m_database, folder);
    m_progress->setValue(0);
    m_progress->show();
    m_result->setPlainText(tr("Applying the pending migrations to %1…").arg(QDir::toNativeSeparators(copy)));
    m_applying = true;
    m_applyJob->startApply(m_database, m_folder, copy);
    updateButtons();
}

void MigrationsPanel::onApplied(const migrations::MigrationJobResult& result)
{
    m_applying = false;
    m_progress->hide();
    m_lastResult = result;
    QString text = tr("Working copy: %1\n").arg(QDir::toNativeSeparators(result.copyPath));
    for (const migrations::AppliedMigration& a : result.report.applied) {
        if (a.type == migrations::SchemaHistory::TypeBaseline)
            text += tr("baselined at version %1\n").arg(a.version);
        else
            text += tr("applied %1 (%2 ms)\n").arg(a.script).arg(a.executionTime);
    }
    for (const migrations::MigrationNote& n : result.report.notes)
        text += tr("note: %1\n").arg(n.toString());
    if (result.report.failure && result.report.hasFailedRow)
        text += tr("FAILED: %1\nThe file's transaction had committed: its changes stay and the history records it "
                   "as failed.\n")
                    .arg(result.report.failure->toString());
    else if (result.report.failure)
        text += tr("FAILED: %1\nThe copy is as it was before that file.\n").arg(result.report.failure->toString());
    if (result.report.applied.isEmpty() && !result.report.failure)
        text += tr("Nothing to apply: no migration is pending.\n");
    text += QLatin1Char('\n') + diff::ChangeSetTextWriter::write(result.changes, false);
    m_result->setPlainText(text);
    updateButtons();
    Q_EMIT applied(result);
}

void MigrationsPanel::updateButtons()
{
    const bool hasFolder = !m_folder.isEmpty();
    m_new->setEnabled(hasFolder);
    m_apply->setEnabled(hasFolder && !m_applying);
}

} // namespace godwit::widgets
