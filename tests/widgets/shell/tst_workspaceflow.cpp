// SPDX-License-Identifier: GPL-3.0-or-later
// The window's one workflow through its workspace: the decision wizard's answer reaches the
// rehearsal (skip the dual-write -> drift), undo/redo of an answer flips the plan, and a project
// saved and opened again gives the same workspace.
#include "datasets.h"
#include "project/workspace.h"
#include "rehearsalfixture.h"
#include "widgets/diff/diffview.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/queries/querypanel.h"
#include "widgets/queries/queryworkbench.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/shell/mainactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/projectcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace godwit;
using widgets::MainWindow;

namespace {

QString scratch(const QString& name)
{
    static const QString dir = test::scratchDir();
    return QDir(dir).filePath(name);
}

int steps(const plan::MigrationPlan& plan, plan::Phase phase)
{
    return int(std::ranges::count_if(plan.steps, [&](const plan::PlanStep& s) { return s.phase == phase; }));
}

} // namespace

class TestWorkspaceFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_database = test::generatedOrdersDatabase(20000);
        QVERIFY(!m_database.isEmpty());
    }

    void skipDualWriteInTheWizardShowsDrift()
    {
        MainWindow window;
        // Before any comparison the next steps are disabled, and say why.
        QVERIFY(!window.rehearsal()->rehearseAction()->isEnabled());
        QVERIFY(!window.rehearsal()->rehearseAction()->toolTip().isEmpty());
        QVERIFY(window.actions()->plan->statusTip().contains(QStringLiteral("first")));
        compare(window);
        if (QTest::currentTestFailed())
            return;
        project::Workspace* workspace = window.workspace();
        QCOMPARE(steps(workspace->plan(), plan::Phase::DualWrite), 1);
        window.actions()->plan->trigger();
        auto* wizard = window.findChild<widgets::DecisionWizard*>(QStringLiteral("decisionWizard"));
        QVERIFY(wizard);
        wizard->showNode(QStringLiteral("E"));
        auto* skip = wizard->findChild<QCheckBox*>(QStringLiteral("skipDualWrite"));
        QVERIFY(skip);
        QSignalSpy answered(workspace, &project::Workspace::answersChanged);
        skip->setChecked(true);
        QTRY_VERIFY(answered.count() > 0);
        // The answer is in the workspace, and the workspace's plan has no dual-write.
        QVERIFY(
            workspace->project().answers.changes.value(QStringLiteral("table:orders")).skipDualWrite.value_or(false));
        QCOMPARE(steps(workspace->plan(), plan::Phase::DualWrite), 0);
        wizard->close();

        // Undo and redo flip the plan (and the closed wizard is gone, so nothing dangles).
        QVERIFY(workspace->undoStack()->canUndo());
        workspace->undoStack()->undo();
        QCOMPARE(steps(workspace->plan(), plan::Phase::DualWrite), 1);
        workspace->undoStack()->redo();
        QCOMPARE(steps(workspace->plan(), plan::Phase::DualWrite), 0);

        // Rehearse from the workspace: the plan without the dual-write lets the columns drift.
        widgets::RehearsalWorkbench* workbench = window.rehearsal();
        QTRY_VERIFY(workbench->rehearseAction()->isEnabled());
        workbench->rehearseAction()->trigger();
        QVERIFY(workbench->view()->hasPlan());
        rehearsal::RehearsalOptions options;
        options.copyPath = scratch(QStringLiteral("flow.db"));
        options.observeMs = 300;
        options.rate = 400;
        workbench->view()->setOptions(options);
        QSignalSpy finished(workbench->view(), &widgets::RehearsalView::finished);
        QSignalSpy recorded(workspace, &project::Workspace::rehearsalFinished);
        workbench->view()->start();
        QVERIFY(finished.wait(120000));
        const rehearsal::RehearsalResult& result = *workbench->view()->result();
        QVERIFY2(result.driftRows > 0, qPrintable(result.reasons.join(u'\n')));
        QVERIFY(!result.ok);
        // The record is kept in the project.
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(workspace->project().lastRehearsal.value(u"drift_rows").toInteger(), result.driftRows);
    }

    // The Queries panel takes the comparison's after side, a migrations folder included; Help has
    // the getting-started guide.
    void queriesFollowTheComparison()
    {
        MainWindow window;
        compare(window);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.queries()->panel()->afterSource(), QDir(test::sampleDir()).absolutePath());
        auto* guide = window.findChild<QAction*>(QStringLiteral("gettingStartedAction"));
        QVERIFY(guide);
        guide->trigger();
        guide->trigger(); // one window, brought forward
        QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("gettingStartedDialog")).size(), 1);
        QVERIFY(window.findChild<QDialog*>(QStringLiteral("gettingStartedDialog"))->isVisible());
    }

    void saveThenOpenGivesTheSameWorkspace()
    {
        MainWindow window;
        compare(window);
        if (QTest::currentTestFailed())
            return;
        project::Workspace* workspace = window.workspace();
        plan::Answers answers = workspace->project().answers;
        answers.batchSize = 777;
        workspace->setAnswers(answers);
        workspace->moveCard(project::Workspace::Side::Before, QStringLiteral("orders"), QPointF(10, 20));
        QVERIFY(window.actions()->newProject->isEnabled());
        const QString path = scratch(QStringLiteral("flow.godwit"));
        QVERIFY(window.projects()->newProject(path));
        QVERIFY(!workspace->isModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("flow[*]")));
        project::RehearsalSettings settings;
        settings.rate = 50;
        workspace->setRehearsalSettings(settings);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.projects()->save());
        QVERIFY(!window.isWindowModified());

        MainWindow other;
        other.setDialogsEnabled(false);
        other.show();
        QSignalSpy compared(other.workspace(), &project::Workspace::comparisonChanged);
        QVERIFY(other.projects()->openProject(path));
        QVERIFY(compared.wait(30000));
        QCOMPARE(other.workspace()->project(), workspace->project());
        // The same changes and plan (the schemas' sources name each run's working copy).
        QCOMPARE(other.workspace()->changes().changes, workspace->changes().changes);
        QCOMPARE(other.workspace()->plan().steps, workspace->plan().steps);
        QCOMPARE(other.currentFile(), m_database);
        QVERIFY(!other.workspace()->isModified());
    }

private:
    // Open the orders database, compare it with the bundled migrations: the plan action is one click.
    void compare(MainWindow& window)
    {
        window.setDialogsEnabled(false);
        window.resize(1366, 768);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.openFile(m_database);
        QVERIFY(loaded.wait(20000));
        QSignalSpy compared(window.workspace(), &project::Workspace::comparisonChanged);
        window.compareWithMigrations(test::sampleDir());
        QVERIFY(compared.wait(30000));
        QVERIFY(window.actions()->plan->isEnabled());
    }

    QString m_database;
};

QTEST_MAIN(TestWorkspaceFlow)
#include "tst_workspaceflow.moc"
