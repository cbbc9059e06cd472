// SPDX-License-Identifier: GPL-3.0-or-later
// The Review view on the orders sample: it builds the document off the GUI thread, previews
// every section, exports HTML, PDF and Markdown, presents one section per page with the arrow
// keys, and is reachable as Migration ▸ Review Document… (Ctrl+Shift+R). Pictures of the view
// go to the build tree's test-data/screenshots for people to look at.
#include "datasets.h"
#include "rehearsalfixture.h"
#include "report/reviewsections.h"
#include "resultmessage.h"
#include "testpaths.h"
#include "widgets/review/reviewpresenter.h"
#include "widgets/review/reviewview.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"

#include <memory>

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace godwit;
using godwit::widgets::ReviewView;

namespace {

QString scratch(const QString& name)
{
    static const QString dir = test::scratchDir();
    return QDir(dir).filePath(name);
}

// V1 + V2 + V4 of the sample: estimated_delivery becomes shipping_eta.
QString afterScript()
{
    const QString path = scratch(QStringLiteral("after.sql"));
    if (QFile::exists(path))
        return path;
    QFile after(path);
    if (!after.open(QIODevice::WriteOnly))
        return {};
    after.write(test::sampleScript({ QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
                                       QStringLiteral("V4__contract_estimated_delivery.sql") })
                    .toUtf8());
    return path;
}

// The threads of this process (Linux): a worker left behind would show here.
qsizetype threadCount()
{
    return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
}

void drainEvents()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void savePicture(QWidget* widget, const QString& name)
{
    const QString path = test::screenshotPath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class TestReviewView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsPreviewsAndExports()
    {
        ReviewView view;
        view.resize(1366, 768);
        view.show();
        view.setSources(test::generatedOrdersDatabase(3000), afterScript());
        view.setQueriesFile(QDir(test::sampleDir()).filePath(QStringLiteral("queries.sql")));
        QSignalSpy ready(&view, &ReviewView::reportReady);
        QSignalSpy failed(&view, &ReviewView::failed);
        view.build();
        QVERIFY(view.isBuilding());
        QVERIFY(ready.wait(120000));
        QVERIFY(failed.isEmpty());
        QVERIFY(view.report().has_value());
        QVERIFY(!view.report()->erDiagramSvg.isEmpty());
        const QString text = view.preview()->document()->toPlainText();
        for (report::Section s : report::sectionsOf(*view.report()))
            QVERIFY2(text.contains(report::sectionTitle(s)), qPrintable(report::sectionTitle(s)));
        QVERIFY(text.contains(QStringLiteral("Query impact")));
        QVERIFY(!text.contains(QStringLiteral("Verdict:"))); // not rehearsed
        savePicture(&view, QStringLiteral("review-view-1366x768.png"));
        view.resize(1920, 1080);
        savePicture(&view, QStringLiteral("review-view-1920x1080.png"));

        for (const QString& name :
            { QStringLiteral("view.html"), QStringLiteral("view.pdf"), QStringLiteral("view.md") }) {
            auto written = view.exportTo(scratch(name));
            QVERIFY2(written, godwit::test::why(written).constData());
            QFile file(scratch(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(64);
            QVERIFY(name.endsWith(QLatin1String(".pdf"))  ? head.startsWith("%PDF-")
                    : name.endsWith(QLatin1String(".md")) ? head.startsWith("# Migration review")
                                                          : head.startsWith("<!DOCTYPE html>"));
        }
        QVERIFY(!view.exportTo(scratch(QStringLiteral("view.docx"))));
    }

    void presentsOneSectionPerPage()
    {
        ReviewView view;
        view.setSources(test::generatedOrdersDatabase(3000), afterScript());
        QSignalSpy ready(&view, &ReviewView::reportReady);
        view.build();
        QVERIFY(ready.wait(120000));
        widgets::ReviewPresenter* presenter = view.present();
        QVERIFY(presenter);
        QVERIFY(presenter->isFullScreen() || presenter->isVisible());
        const qsizetype sections = report::sectionsOf(*view.report()).size();
        QCOMPARE(presenter->pageCount(), sections);
        QCOMPARE(presenter->page(), 0);
        QCOMPARE(presenter->pageTitle(), QStringLiteral("Summary"));
        QVERIFY(presenter->browser()->document()->defaultFont().pointSizeF() >= 20);
        presenter->resize(1366, 768);
        savePicture(presenter, QStringLiteral("review-present-summary.png"));
        QTest::keyClick(presenter->browser(), Qt::Key_Right);
        QCOMPARE(presenter->page(), 1);
        QCOMPARE(presenter->pageTitle(), QStringLiteral("Before and after"));
        savePicture(presenter, QStringLiteral("review-present-diagram.png"));
        QTest::keyClick(presenter->browser(), Qt::Key_End);
        QCOMPARE(presenter->page(), sections - 1);
        QTest::keyClick(presenter->browser(), Qt::Key_Right); // stays on the last page
        QCOMPARE(presenter->page(), sections - 1);
        QTest::keyClick(presenter->browser(), Qt::Key_Left);
        QCOMPARE(presenter->page(), sections - 2);
        QPointer<widgets::ReviewPresenter> guard(presenter);
        QTest::keyClick(presenter->browser(), Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
    }

    // A newer build cancels the one running: only its result arrives, also once every worker ended.
    void newerBuildSupersedes()
    {
        auto view = std::make_unique<ReviewView>();
        view->setSources(test::generatedOrdersDatabase(3000), afterScript());
        QSignalSpy ready(view.get(), &ReviewView::reportReady);
        QSignalSpy failed(view.get(), &ReviewView::failed);
        view->build();
        view->build();
        QVERIFY(ready.wait(120000));
        QVERIFY(!view->isBuilding());
        view.reset(); // waits for the superseded worker too
        drainEvents();
        QCOMPARE(ready.size(), 1);
        QVERIFY(failed.isEmpty());
    }

    void destroyedMidBuild_data()
    {
        QTest::addColumn<bool>("rehearse");
        QTest::addRow("planning") << false;
        QTest::addRow("rehearsing on a copy") << true;
    }

    // Closing the view in the middle of a build cancels it and waits for its worker: nothing
    // arrives afterwards and no thread is left running (run it under the asan preset too).
    void destroyedMidBuild()
    {
        QFETCH(bool, rehearse);
        const QString database = test::generatedOrdersDatabase(3000);
        const QString after = afterScript();
        const qsizetype threadsBefore = threadCount();
        int arrived = 0;
        auto view = std::make_unique<ReviewView>();
        connect(view.get(), &ReviewView::reportReady, this, [&arrived] { ++arrived; });
        connect(view.get(), &ReviewView::failed, this, [&arrived] { ++arrived; });
        view->setSources(database, after);
        view->setRehearse(rehearse);
        view->build();
        QVERIFY(view->isBuilding());
        view.reset();
        drainEvents();
        QCOMPARE(arrived, 0);
        QTRY_VERIFY2(threadCount() <= threadsBefore,
            qPrintable(QStringLiteral("%1 threads, %2 before the build").arg(threadCount()).arg(threadsBefore)));
    }

    void mainWindowMenuItem()
    {
        widgets::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1366, 768);
        window.show();
        auto* workbench = window.review();
        QVERIFY(workbench);
        QAction* action = workbench->reviewAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        auto* menu = window.findChild<QMenu*>(QStringLiteral("migrationMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(action));
        QVERIFY(!action->isEnabled());
        QSignalSpy loaded(&window, &widgets::MainWindow::schemaLoaded);
        window.openFile(test::generatedOrdersDatabase(3000));
        QVERIFY(loaded.wait(20000));
        window.compareWith(afterScript());
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        QSignalSpy ready(workbench->view(), &ReviewView::reportReady);
        action->trigger();
        // The document takes the Review mode's central area, inside the window.
        QCOMPARE(window.modes()->mode(), widgets::Mode::Review);
        QVERIFY(workbench->view()->isVisible());
        QVERIFY(workbench->view()->window() == &window);
        QVERIFY(ready.wait(120000));
        QVERIFY(window.width() <= 1366); // the document fits the window; it never widens it
        savePicture(&window, QStringLiteral("review-mode.png"));
    }
};

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
