// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/projectcontroller.h"

#include "project/projectjson.h"
#include "project/workspace.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/shell/mainactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/recentfiles.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace godwit::widgets {

ProjectController::ProjectController(
    MainWindow* window, project::Workspace* workspace, MainActions* actions, QMenu* recentMenu)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_recentMenu(recentMenu)
    , m_recent(new RecentFiles(this, QStringLiteral("recentProjects")))
{
    const QString filter = tr("Godwit projects (*.godwit)");
    connect(actions->openProject, &QAction::triggered, this, [this, filter] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), {}, filter);
        if (!path.isEmpty())
            openProject(path);
    });
    connect(actions->newProject, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = askSavePath();
        if (!path.isEmpty())
            newProject(path);
    });
    connect(actions->saveProject, &QAction::triggered, this, &ProjectController::save);
    connect(actions->saveProjectAs, &QAction::triggered, this, [this] {
        const QString path = askSavePath();
        if (!path.isEmpty())
            saveAs(path);
    });
    connect(m_recent, &RecentFiles::changed, this, [this] {
        m_recent->fillMenu(m_recentMenu, [this](const QString& path) {
            if (maybeSave())
                openProject(path);
        });
    });
    Q_EMIT m_recent->changed(m_recent->files());

    connect(window, &MainWindow::schemaLoaded, this, [this] {
        if (std::exchange(m_comparePending, false))
            compareWithTarget();
        updateActions();
    });
    connect(window, &MainWindow::comparisonStarted, this, [this](const QString& after, bool migrations) {
        const QString before = m_window->currentFile();
        m_workspace->setSources(
            before, after, migrations ? project::AfterKind::Migrations : project::afterKindOf(after));
        updateActions();
    });
    connect(m_workspace, &project::Workspace::modifiedChanged, this, &ProjectController::titleChanged);
    connect(m_workspace, &project::Workspace::filePathChanged, this, &ProjectController::titleChanged);
    connect(m_workspace, &project::Workspace::comparisonChanged, this, &ProjectController::updateActions);
    updateActions();
}

ProjectController::~ProjectController() = default;

bool ProjectController::openProject(const QString& path)
{
    if (auto opened = m_workspace->open(path); !opened) {
        Q_EMIT errorOccurred(
            tr("Godwit could not open the project “%1”.").arg(QFileInfo(path).fileName()), opened.error().toString());
        return false;
    }
    m_recent->add(path);
    // The database first; the comparison with the target starts once it is open.
    m_comparePending = true;
    m_window->openFile(m_workspace->project().before);
    Q_EMIT titleChanged();
    updateActions();
    return true;
}

void ProjectController::compareWithTarget()
{
    const project::Project& p = m_workspace->project();
    if (p.afterKind == project::AfterKind::Migrations)
        m_window->compareWithMigrations(p.after);
    else
        m_window->compareWith(p.after);
}

bool ProjectController::newProject(const QString& path)
{
    project::Project p = m_workspace->project();
    // A new project starts from what the window shows: its database, its target, the answers so far.
    p.lastRehearsal = {};
    m_workspace->newProject(p);
    if (!saveAs(path))
        return false;
    updateActions();
    return true;
}

bool ProjectController::save()
{
    if (m_workspace->filePath().isEmpty()) {
        const QString path = askSavePath();
        return !path.isEmpty() && saveAs(path);
    }
    return saveAs(m_workspace->filePath());
}

bool ProjectController::saveAs(const QString& path)
{
    if (auto saved = m_workspace->saveAs(path); !saved) {
        Q_EMIT errorOccurred(tr("Godwit could not save the project."), saved.error().toString());
        return false;
    }
    m_recent->add(m_workspace->filePath());
    Q_EMIT titleChanged();
    updateActions();
    return true;
}

bool ProjectController::maybeSave()
{
    if (!m_workspace->isModified() || !m_window->dialogsEnabled())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved Changes"),
        tr("The project “%1” has changes that are not saved.").arg(m_workspace->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProjectController::planMigration(const QList<plan::RequestedIndex>& requestedIndexes)
{
    if (!m_workspace->hasComparison() || m_workspace->changes().isEmpty())
        return;
    auto* wizard = new DecisionWizard(m_workspace->changes(), m_window);
    wizard->setObjectName(QStringLiteral("decisionWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setDialogsEnabled(m_window->dialogsEnabled());
    plan::Answers answers = m_workspace->project().answers;
    if (!requestedIndexes.isEmpty()) // the query panel's "Add to Plan"
        answers.indexes = requestedIndexes;
    wizard->setAnswers(answers);
    m_workspace->setAnswers(wizard->answers(), tr("Add the query panel's indexes"));
    // Every answer is an undo step in the workspace; undo and redo show in the open wizard.
    connect(wizard, &DecisionWizard::planChanged, m_workspace,
        [this, wizard] { m_workspace->setAnswers(wizard->answers(), tr("Answer in the plan wizard")); });
    connect(m_workspace, &project::Workspace::answersChanged, wizard, [this, wizard] {
        if (wizard->answers() != m_workspace->project().answers)
            wizard->setAnswers(m_workspace->project().answers);
    });
    wizard->show();
}

QString ProjectController::titlePrefix() const
{
    if (!m_workspace->hasProject())
        return {};
    return m_workspace->displayName() + QStringLiteral("[*]");
}

QString ProjectController::askSavePath()
{
    const project::Project& p = m_workspace->project();
    const QString suggested = m_workspace->filePath().isEmpty() ? QFileInfo(p.before).absolutePath() + QLatin1Char('/')
            + QFileInfo(p.before).completeBaseName() + QStringLiteral(".godwit")
                                                                : m_workspace->filePath();
    QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save Project"), suggested, tr("Godwit projects (*.godwit)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".godwit")))
        path += QStringLiteral(".godwit");
    return path;
}

void ProjectController::updateActions()
{
    // A project is a database and its target: both must be there before it can be written down.
    const bool compared = !m_workspace->project().before.isEmpty() && !m_workspace->project().after.isEmpty();
    MainActions::setEnabledOrWhy(m_actions->newProject, compared,
        tr("Open a database and compare it with its target first (File ▸ Compare With…)"));
    MainActions::setEnabledOrWhy(
        m_actions->saveProject, m_workspace->hasProject() || compared, tr("Nothing to save: no project is open"));
    MainActions::setEnabledOrWhy(
        m_actions->saveProjectAs, m_workspace->hasProject() || compared, tr("Nothing to save: no project is open"));
}

} // namespace godwit::widgets
