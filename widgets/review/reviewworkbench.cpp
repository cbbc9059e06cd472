// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/review/reviewworkbench.h"

#include "project/workspace.h"
#include "widgets/diff/diffview.h"
#include "widgets/review/reviewview.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QVBoxLayout>

namespace godwit::widgets {

ReviewWorkbench::ReviewWorkbench(
    QMainWindow* window, QMenu* migrationMenu, DiffView* comparison, std::function<QString()> beforePath)
    : QObject(window)
    , m_window(window)
    , m_comparison(comparison)
    , m_beforePath(std::move(beforePath))
{
    setObjectName(QStringLiteral("reviewWorkbench"));
    m_action = new QAction(tr("Re&view Document…"), this);
    m_action->setObjectName(QStringLiteral("reviewDocumentAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_action->setStatusTip(tr("The document for the pre-migration review meeting: preview, export (HTML, PDF, "
                              "Markdown) and present"));
    connect(m_action, &QAction::triggered, this, &ReviewWorkbench::review);
    if (!migrationMenu) {
        migrationMenu = window->menuBar()->addMenu(tr("&Migration"));
        migrationMenu->setObjectName(QStringLiteral("migrationMenu"));
    }
    migrationMenu->addAction(m_action);
    if (m_comparison)
        connect(m_comparison, &DiffView::comparisonReady, this, &ReviewWorkbench::updateAction);
    updateAction();
}

ReviewWorkbench::~ReviewWorkbench() = default;

void ReviewWorkbench::setWorkspace(project::Workspace* workspace) { m_workspace = workspace; }

QString ReviewWorkbench::afterPath() const
{
    if (!m_comparison || !m_comparison->hasComparison())
        return {};
    const QString path = m_comparison->changeSet().after.source;
    return QFileInfo::exists(path) ? path : QString();
}

void ReviewWorkbench::updateAction()
{
    const QString before = m_beforePath();
    m_action->setEnabled(!before.isEmpty() && QFileInfo::exists(before) && !afterPath().isEmpty());
}

bool ReviewWorkbench::review()
{
    updateAction();
    if (!m_action->isEnabled())
        return false;
    if (!m_dialog) {
        m_dialog = new QDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("reviewDialog"));
        m_dialog->setWindowTitle(tr("Review Document"));
        m_dialog->setSizeGripEnabled(true);
        m_view = new ReviewView(m_dialog);
        auto* layout = new QVBoxLayout(m_dialog);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(m_view);
        // Most of the screen: the preview is a document to read, 1,366×768 included.
        const QRect screen = m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        m_dialog->resize(std::min(1100, screen.width() - 40), std::min(900, screen.height() - 60));
    }
    m_view->setSources(m_beforePath(), afterPath());
    if (m_workspace && m_workspace->hasComparison()) // the plan with the user's answers
        m_view->setDecisions(m_workspace->project().answers, m_workspace->project().diffOptions());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_view->build();
    return true;
}

} // namespace godwit::widgets
