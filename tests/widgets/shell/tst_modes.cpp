// SPDX-License-Identifier: GPL-3.0-or-later
// The window as modes: each step owns the central area and offers the next one as one click; a
// mode that cannot be used yet says why; each mode keeps its own docks; and in every mode the
// window fits the screen. ctest runs this suite on the default offscreen screen and on a
// 1,366×768 and a 1,920×1,080 one (tests/data/screens), where the comparison must also show two
// equal halves with column text drawn.
#include "datasets.h"
#include "project/workspace.h"
#include "rehearsalfixture.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/canvas/tableitem.h"
#include "widgets/diff/diffview.h"
#include "widgets/plan/planpage.h"
#include "widgets/plan/planview.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/review/reviewview.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/shell/guidedexample.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace godwit;
using widgets::MainWindow;
using widgets::Mode;

Q_DECLARE_METATYPE(godwit::widgets::Mode)

class TestModes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = test::generatedOrdersDatabase(2000);
        QVERIFY(!m_database.isEmpty());
    }

    void disabledModesSayWhy()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        QCOMPARE(window.modes()->mode(), Mode::Schema);
        for (Mode mode : { Mode::Compare, Mode::Plan, Mode::Rehearse, Mode::Queries, Mode::Review }) {
            QVERIFY(!window.modes()->isModeEnabled(mode));
            QVERIFY2(window.modes()->action(mode)->toolTip().contains(QLatin1Char(':')),
                qPrintable(window.modes()->action(mode)->toolTip()));
        }
        // The Schema mode's next step, Compare With…, needs a file: the strip says so.
        QPushButton* next = window.modes()->nextButton();
        QVERIFY(!next->isEnabled());
        QVERIFY(!next->toolTip().isEmpty());
        auto* why = window.findChild<QLabel*>(QStringLiteral("modeNextWhy"));
        QVERIFY(why);
        QCOMPARE(why->text(), next->toolTip());
    }

    void nextStepIsOneClick()
    {
        MainWindow window;
        compare(window);
        QCOMPARE(window.modes()->mode(), Mode::Compare);
        QVERIFY(window.centralStack()->currentWidget() == window.diffView());
        // Compare → Plan: the wizard opens and the Plan mode shows the workspace's plan behind it.
        QPushButton* next = window.modes()->nextButton();
        QVERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE(window.modes()->mode(), Mode::Plan);
        auto* page = window.findChild<widgets::PlanPage*>();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(!page->view()->plan().isEmpty());
        QCOMPARE(page->view()->plan().steps.size(), window.workspace()->plan().steps.size());
        QVERIFY2(page->summary().contains(QString::number(window.workspace()->plan().steps.size())),
            qPrintable(page->summary()));
        closeWizards(window);
        // Plan → Rehearse: the dashboard holds the workspace's plan.
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(window.modes()->mode(), Mode::Rehearse);
        QVERIFY(window.rehearsal()->view()->isVisible());
        QVERIFY(window.rehearsal()->view()->hasPlan());
        // Rehearse → Review: the document is built in the central area, not in a window of its own.
        QVERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
        next->click();
        QCOMPARE(window.modes()->mode(), Mode::Review);
        QVERIFY(window.review()->view()->isVisible());
        QVERIFY(window.review()->view()->window() == &window);
        QTRY_VERIFY_WITH_TIMEOUT(!window.review()->view()->isBuilding(), 60000);
        // The Review is the last step: no next button.
        QVERIFY(!next->isVisible());
        // The bar goes back: Schema shows the diagram the file opened on.
        window.modes()->action(Mode::Schema)->trigger();
        QCOMPARE(window.modes()->mode(), Mode::Schema);
        QVERIFY(window.centralStack()->currentWidget() == window.diagramWidget());
    }

    void eachModeKeepsItsDocks()
    {
        MainWindow window;
        compare(window);
        auto* browser = window.findChild<QDockWidget*>(QStringLiteral("schemaBrowserDock"));
        auto* details = window.findChild<QDockWidget*>(QStringLiteral("detailsDock"));
        QVERIFY(browser && details);
        // The comparison owns the whole width: no docks beside it.
        QVERIFY(browser->isHidden());
        QVERIFY(details->isHidden());
        window.modes()->setMode(Mode::Schema);
        QVERIFY(!browser->isHidden());
        QVERIFY(!details->isHidden());
        details->hide();
        window.modes()->setMode(Mode::Compare);
        details->show(); // shown in Compare: Compare keeps it, Schema keeps it hidden
        window.modes()->setMode(Mode::Schema);
        QVERIFY(!browser->isHidden());
        QVERIFY(details->isHidden());
        window.modes()->setMode(Mode::Compare);
        QVERIFY(!details->isHidden());
        QVERIFY(browser->isHidden());
    }

    // Learn Expand-Contract, clicked through: the example made and opened as a project, then
    // Compare → Plan → Rehearse → the staged mistake → Review, each next step on the strip.
    void guidedExampleEndToEnd()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.setExampleScriptPath(test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        window.resize(1366, 768);
        window.show();
        widgets::GuidedExample* guide = window.guidedExample();
        guide->setOrders(3000);
        guide->setFolder(test::scratchDir() + QStringLiteral("/learn"));
        QSignalSpy errors(&window, &MainWindow::errorReported);
        guide->startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(guide->step() == widgets::GuidedExample::Step::Compare
                || guide->step() == widgets::GuidedExample::Step::Off,
            120000);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        QCOMPARE(guide->step(), widgets::GuidedExample::Step::Compare);
        QVERIFY(QFileInfo::exists(guide->databasePath()));
        QVERIFY(QFileInfo::exists(guide->projectPath()));
        QVERIFY(guide->elapsedToCompare() >= 0);
        QCOMPARE(window.modes()->mode(), Mode::Compare);
        QVERIFY2(
            window.modes()->stripText().contains(QStringLiteral("1 of 5")), qPrintable(window.modes()->stripText()));
        QPushButton* next = window.modes()->nextButton();
        next->click(); // Plan This Change: the wizard, and the Plan mode behind it
        QTRY_COMPARE(guide->step(), widgets::GuidedExample::Step::Plan);
        closeWizards(window);
        next->click(); // Rehearse the Plan
        QCOMPARE(guide->step(), widgets::GuidedExample::Step::Rehearse);
        widgets::RehearsalView* view = window.rehearsal()->view();
        QCOMPARE(view->pace(), project::Pace::Classroom); // the example's project asks for it
        view->setPace(project::Pace::Fastest); // a test need not watch the minute
        QSignalSpy finished(view, &widgets::RehearsalView::finished);
        view->start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(view->result()->ok, qPrintable(view->result()->reasons.join(QLatin1Char('\n'))));
        QCOMPARE(guide->step(), widgets::GuidedExample::Step::Mistake);
        QVERIFY(next->isEnabled());
        next->click(); // Stage the Mistake: the same plan without its dual-write
        QVERIFY(finished.wait(120000));
        QVERIFY(!view->result()->ok);
        QCOMPARE(guide->step(), widgets::GuidedExample::Step::Review);
        QVERIFY2(
            window.modes()->stripText().contains(QStringLiteral("5 of 5")), qPrintable(window.modes()->stripText()));
        next->click(); // Write the Review
        QCOMPARE(window.modes()->mode(), Mode::Review);
        QTRY_VERIFY_WITH_TIMEOUT(!window.review()->view()->isBuilding(), 60000);
        // A second lesson reuses the database it made.
        const QDateTime made = QFileInfo(guide->databasePath()).lastModified();
        guide->startAction()->trigger();
        // The Compare step waits for the new comparison, not the one still shown.
        QCOMPARE(guide->step(), widgets::GuidedExample::Step::Making);
        QTRY_COMPARE_WITH_TIMEOUT(guide->step(), widgets::GuidedExample::Step::Compare, 60000);
        QCOMPARE(QFileInfo(guide->databasePath()).lastModified(), made);
    }

    void windowFitsTheScreen_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("schema") << Mode::Schema;
        QTest::newRow("compare") << Mode::Compare;
        QTest::newRow("plan") << Mode::Plan;
        QTest::newRow("rehearse") << Mode::Rehearse;
        QTest::newRow("queries") << Mode::Queries;
        QTest::newRow("review") << Mode::Review;
    }

    void windowFitsTheScreen()
    {
        QFETCH(Mode, mode);
        if (QGuiApplication::primaryScreen()->availableGeometry().width() < 1366)
            QSKIP("The window is laid out for screens of 1,366×768 and larger (ctest runs this on both sizes)");
        if (!m_window) {
            m_window = std::make_unique<MainWindow>();
            compare(*m_window, false);
        }
        MainWindow& window = *m_window;
        QVERIFY(window.modes()->isModeEnabled(mode));
        window.modes()->setMode(mode);
        QCOMPARE(window.modes()->mode(), mode);
        QTest::qWait(50);
        const QRect screen = window.screen()->availableGeometry();
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            QVERIFY2(screen.contains(top->frameGeometry()),
                qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is not within the screen's %6×%7")
                               .arg(top->objectName())
                               .arg(top->frameGeometry().x())
                               .arg(top->frameGeometry().y())
                               .arg(top->frameGeometry().width())
                               .arg(top->frameGeometry().height())
                               .arg(screen.width())
                               .arg(screen.height())));
        }
        QVERIFY(window.minimumSizeHint().width() <= screen.width());
        QVERIFY(window.minimumSizeHint().height() <= screen.height());
        if (mode == Mode::Compare && screen.width() >= 1366)
            checkComparison(window);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    // The open database against the bundled migrations folder, the window as a user sees it.
    void compare(MainWindow& window, bool fixedSize = true)
    {
        window.setDialogsEnabled(false);
        if (fixedSize)
            window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.openFile(m_database);
        QVERIFY(loaded.wait(20000));
        QSignalSpy compared(window.workspace(), &project::Workspace::comparisonChanged);
        window.compareWithMigrations(test::sampleDir());
        QVERIFY(compared.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(window.modes()->mode(), Mode::Compare, 10000);
    }

    static void closeWizards(MainWindow& window)
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top != &window && top->isVisible())
                top->close();
        }
        QCoreApplication::processEvents();
    }

    // Before and after in equal halves, fitted, and close enough to read the columns.
    static void checkComparison(MainWindow& window)
    {
        auto* before = window.diffView()->findChild<widgets::DiagramView*>(QStringLiteral("beforeView"));
        auto* after = window.diffView()->findChild<widgets::DiagramView*>(QStringLiteral("afterView"));
        QVERIFY(before && after);
        QTRY_VERIFY(after->width() > 0);
        QVERIFY2(std::abs(before->width() - after->width()) <= 2,
            qPrintable(QStringLiteral("before %1 px, after %2 px").arg(before->width()).arg(after->width())));
        window.diffView()->fitToWindow();
        QVERIFY2(after->zoom() >= widgets::TableItem::DetailLevel,
            qPrintable(QStringLiteral("zoom %1 at %2 px").arg(after->zoom()).arg(after->width())));
    }

    QString m_database;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestModes)
#include "tst_modes.moc"
