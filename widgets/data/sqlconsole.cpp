// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/sqlconsole.h"

#include "data/sqlsession.h"
#include "widgets/data/resultsview.h"
#include "widgets/sql/sqleditor.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace godwit::widgets {

using data::SqlSession;

SqlConsole::SqlConsole(QWidget* parent)
    : QWidget(parent)
    , m_session(new SqlSession(this))
    , m_editor(new SqlEditor(this))
    , m_results(new ResultsView(this))
    , m_target(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("Original (read-only)"));
    m_target->addItem(tr("Working copy (writes allowed)"));
    m_target->setToolTip(tr("The original is only read. A working copy is a backup of it that Godwit made; "
                            "what you run there waits in a transaction for Commit or Roll Back."));
    m_status->setObjectName(QStringLiteral("consoleStatus"));

    m_run = new QAction(tr("Run"), this);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run the selection, or all statements (Ctrl+Return)"));
    m_cancel = new QAction(tr("Cancel"), this);
    m_commit = new QAction(tr("Commit"), this);
    m_rollback = new QAction(tr("Roll Back"), this);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_target);
    bar->addAction(m_run);
    bar->addAction(m_cancel);
    bar->addSeparator();
    bar->addAction(m_commit);
    bar->addAction(m_rollback);
    bar->addSeparator();
    bar->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(m_results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 100, 300 }); // the rows matter more than the few lines of SQL
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    connect(m_run, &QAction::triggered, this, &SqlConsole::run);
    connect(m_cancel, &QAction::triggered, m_session, &SqlSession::cancel);
    connect(m_commit, &QAction::triggered, m_session, &SqlSession::commit);
    connect(m_rollback, &QAction::triggered, m_session, &SqlSession::rollback);
    connect(m_target, &QComboBox::activated, this, [this](int index) { useWorkingCopy(index == 1); });
    connect(m_session, &SqlSession::opened, this, [this](SqlSession::Target target, const QString& path) {
        m_status->setText(target == SqlSession::Target::Original
                ? tr("On %1, read-only").arg(QFileInfo(path).fileName())
                : tr("On the working copy %1").arg(path));
        updateActions();
        if (std::exchange(m_runWhenOpen, false))
            run();
    });
    connect(m_session, &SqlSession::finished, this, [this](const QList<data::StatementResult>& results, bool open) {
        m_results->setResults(results);
        if (!results.isEmpty() && results.back().error) {
            const Error& e = *results.back().error;
            m_editor->setCursorPosition(std::max(0, e.line - 1), std::max(0, e.column - 1));
        }
        m_status->setText(open ? tr("Uncommitted changes on the working copy: Commit or Roll Back") : QString());
        updateActions();
        Q_EMIT ran();
    });
    connect(m_session, &SqlSession::transactionEnded, this, [this](bool committed) {
        m_status->setText(committed ? tr("Committed to the working copy") : tr("Rolled back"));
        updateActions();
    });
    connect(m_session, &SqlSession::failed, this, [this](const Error& e) {
        m_status->setText(tr("Error: %1").arg(e.message));
        updateActions();
    });
    updateActions();
}

SqlConsole::~SqlConsole() = default;

void SqlConsole::setDatabase(const QString& path)
{
    m_original = path;
    m_target->setCurrentIndex(0);
    m_session->open(path, SqlSession::Target::Original);
    updateActions();
}

void SqlConsole::setSql(const QString& sql) { m_editor->setText(sql); }

void SqlConsole::useWorkingCopy(bool workingCopy)
{
    if (m_original.isEmpty())
        return;
    m_target->setCurrentIndex(workingCopy ? 1 : 0);
    m_status->setText(workingCopy ? tr("Copying the database…") : QString());
    m_session->open(m_original, workingCopy ? SqlSession::Target::WorkingCopy : SqlSession::Target::Original);
    updateActions();
}

void SqlConsole::run()
{
    if (!m_session->isOpen()) {
        m_runWhenOpen = m_session->isRunning();
        return;
    }
    if (m_session->isRunning())
        return;
    const QString text = m_editor->hasSelectedText() ? m_editor->selectedText() : m_editor->text();
    m_status->setText(tr("Running…"));
    m_session->run(text);
    updateActions();
}

void SqlConsole::updateActions()
{
    const bool busy = m_session->isRunning();
    m_run->setEnabled(m_session->isOpen() && !busy);
    m_cancel->setEnabled(busy);
    const bool pending = m_session->isInTransaction() && !busy;
    m_commit->setEnabled(pending);
    m_rollback->setEnabled(pending);
    m_commit->setVisible(m_session->target() == SqlSession::Target::WorkingCopy);
    m_rollback->setVisible(m_session->target() == SqlSession::Target::WorkingCopy);
}

} // namespace godwit::widgets
