// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "testpaths.h"
#include "widgets/diff/diffview.h"
#include "widgets/migrations/migrationspanel.h"
#include "widgets/migrations/migrationsworkbench.h"
#include "widgets/shell/editmenuactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/sql/sqleditor.h"
#include "widgets/sql/sqleditorpane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using godwit::widgets::MainWindow;
using godwit::widgets::MigrationsPanel;
using godwit::widgets::SqlEditor;

namespace {

// The editor's schema context is built off the GUI thread: wait for it before checking.
void waitForContext(SqlEditor* editor)
{
    if (!editor->isSchemaContextPending())
        return;
    QSignalSpy ready(editor, &SqlEditor::schemaContextReady);
    QVERIFY(ready.wait(10000));
}

} // namespace

class TestMigrationsWorkbench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fileMenuActions()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        auto* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QStringList texts;
        for (QAction* a : file->actions())
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("Open &Migrations Folder…")));
        QVERIFY(texts.contains(QStringLiteral("&New Migration…")));
        QVERIFY(texts.contains(QStringLiteral("&Save")));
        QCOMPARE(window.migrations()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(!window.migrations()->saveAction()->isEnabled()); // no file yet
    }

    // Edit ▸ Undo / Redo / Select All / Copy act on the SQL editor and are only enabled when
    // they can do something there.
    void editMenuWorksOnTheEditor()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        auto* edit = window.menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        godwit::widgets::EditMenuActions* actions = window.editActions();
        QVERIFY(edit->actions().contains(actions->undo));
        QCOMPARE(actions->undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!actions->undo->isEnabled());
        QVERIFY(!actions->selectAll->isEnabled()); // nothing open

        const QString path = godwit::test::scratchDir() + QStringLiteral("/V9__edit_menu.sql");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("SELECT 1;\n");
        file.close();
        auto* pane = window.migrations()->editorPane();
        QVERIFY(pane->openFile(path));
        auto* editor = pane->editor();
        QVERIFY(!actions->undo->isEnabled()); // opening a file is not an edit
        editor->setCursorPosition(1, 0);
        editor->insert(QStringLiteral("SELECT 2;\n")); // an edit (QsciScintilla::append clears the undo buffer)
        QVERIFY(actions->undo->isEnabled());
        actions->undo->trigger();
        QCOMPARE(editor->text(), QStringLiteral("SELECT 1;\n"));
        QVERIFY(actions->redo->isEnabled());
        actions->redo->trigger();
        QCOMPARE(editor->text(), QStringLiteral("SELECT 1;\nSELECT 2;\n"));
        QVERIFY(!actions->copy->isEnabled());
        actions->selectAll->trigger();
        QVERIFY(editor->hasSelectedText());
        QVERIFY(actions->copy->isEnabled());
        actions->replace->trigger();
        QVERIFY(pane->isFindBarVisible());
    }

    void editsAMigrationAgainstTheSchemaBeforeIt()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.openFile(db);
        QVERIFY(loaded.wait(10000));

        const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
        QDir().mkpath(dir);
        for (const QString& name : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("V*.sql") }, QDir::Files))
            QVERIFY(QFile::copy(godwit::test::sampleDir() + QLatin1Char('/') + name, dir + QLatin1Char('/') + name));
        auto* workbench = window.migrations();
        QSignalSpy state(workbench->panel(), &MigrationsPanel::stateChanged);
        workbench->openFolder(dir);
        QVERIFY(state.wait(10000));
        QVERIFY(workbench->panelDock()->isVisibleTo(&window));

        // V4 is pending on a V1 database: it is checked against V1 + V2 + V3, where
        // shipping_eta exists, so its rebuild has no errors and completion knows the column.
        QVERIFY(workbench->openFile(dir + QStringLiteral("/V4__contract_estimated_delivery.sql")));
        QVERIFY(workbench->editorDock()->isVisibleTo(&window));
        QVERIFY(workbench->saveAction()->isEnabled());
        auto* editor = workbench->editorPane()->editor();
        waitForContext(editor);
        editor->checkNow();
        QVERIFY2(editor->problems().isEmpty(),
            qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().constFirst().message));
        QVERIFY(editor->completionSchema().table(QStringLiteral("orders"))->column(QStringLiteral("shipping_eta")));

        // Saving an edit refreshes the states (the checksum changed, the file is still pending).
        editor->append(QStringLiteral("-- reviewed\n"));
        state.clear();
        workbench->saveAction()->trigger();
        QVERIFY(state.wait(10000));
        QVERIFY(!workbench->editorPane()->isModified());
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void earlierMigrationsGiveTheSchema_data()
    {
        QTest::addColumn<QByteArray>("v1");
        QTest::addColumn<QByteArray>("v2");
        const QByteArray table = "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);\n";
        const QByteArray usesA = "INSERT INTO a (name) VALUES ('x');\nCREATE INDEX a_name ON a (name);\n";
        QTest::addRow("plain") << table << usesA;
        QTest::addRow("UTF-8 BOM") << "\xEF\xBB\xBF" + table << usesA;
        QTest::addRow("BOM and CRLF") << "\xEF\xBB\xBF" + QByteArray(table).replace("\n", "\r\n") << usesA;
        // Only schema changes run: V1's duplicate rows would make V2's unique index fail.
        QTest::addRow("data is not loaded") << "\xEF\xBB\xBF" + table + "INSERT INTO a (name) VALUES ('x'), ('x');\n"
                                            << QByteArray("CREATE UNIQUE INDEX a_name ON a (name);\n");
    }
    void earlierMigrationsGiveTheSchema()
    {
        QFETCH(QByteArray, v1);
        QFETCH(QByteArray, v2);
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
        QDir().mkpath(dir);
        for (const auto& [name, content] : { std::pair { "V1__a.sql", v1 }, std::pair { "V2__b.sql", v2 } }) {
            QFile f(dir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        MainWindow window;
        window.setDialogsEnabled(false);
        auto* workbench = window.migrations();
        QSignalSpy state(workbench->panel(), &MigrationsPanel::stateChanged);
        workbench->openFolder(dir);
        QVERIFY(state.wait(10000));
        QVERIFY(workbench->openFile(dir + QStringLiteral("/V2__b.sql")));
        auto* editor = workbench->editorPane()->editor();
        waitForContext(editor);
        editor->checkNow();
        QVERIFY2(editor->problems().isEmpty(),
            qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().constFirst().message));
        QVERIFY(editor->completionSchema().table(QStringLiteral("a")));
        // The check is real: a mistyped column is still flagged.
        editor->append(QStringLiteral("SELECT nam FROM a;\n"));
        waitForContext(editor);
        editor->checkNow();
        QCOMPARE(editor->problems().size(), 1);
        QCOMPARE(editor->problems().constFirst().message, QStringLiteral("no such column: nam"));
    }

    void appliedChangesShowOnTheDiagram()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        const QString db = godwit::test::ordersV1Database();
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.openFile(db);
        QVERIFY(loaded.wait(10000));
        auto* panel = window.migrations()->panel();
        panel->setWorkingCopyFolder(godwit::test::scratchDir());
        QSignalSpy state(panel, &MigrationsPanel::stateChanged);
        window.migrations()->openFolder(godwit::test::sampleDir());
        QVERIFY(state.wait(10000));
        QSignalSpy applied(panel, &MigrationsPanel::applied);
        panel->applyPending();
        QVERIFY(applied.wait(30000));
        auto* diff = qobject_cast<godwit::widgets::DiffView*>(window.centralStack()->currentWidget());
        QVERIFY(diff);
        QVERIFY(diff->hasComparison());
        QVERIFY(!diff->changeSet().isEmpty());
        QCOMPARE(diff->changeSet().changes.size(), panel->lastResult()->changes.changes.size());
    }

    // The whole workbench as a user sees it, saved as screenshot-migrations.png in the test folder:
    // the folder's states, V4 open with a squiggle on a mistyped column, and applied pending.
    void screenshot()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1360, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
        QDir().mkpath(dir);
        for (const QString& name : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("V*.sql") }, QDir::Files))
            QVERIFY(QFile::copy(godwit::test::sampleDir() + QLatin1Char('/') + name, dir + QLatin1Char('/') + name));
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.openFile(godwit::test::ordersV1Database());
        QVERIFY(loaded.wait(10000));
        auto* workbench = window.migrations();
        workbench->panel()->setWorkingCopyFolder(godwit::test::scratchDir());
        QSignalSpy state(workbench->panel(), &MigrationsPanel::stateChanged);
        workbench->openFolder(dir);
        QVERIFY(state.wait(10000));
        QVERIFY(workbench->openFile(dir + QStringLiteral("/V4__contract_estimated_delivery.sql")));
        auto* editor = workbench->editorPane()->editor();
        editor->append(QStringLiteral("\nSELECT shiping_eta FROM orders;\n"));
        waitForContext(editor);
        editor->checkNow();
        QCOMPARE(editor->problems().size(), 1);
        auto* diff = window.findChild<godwit::widgets::DiffView*>();
        QVERIFY(diff);
        QSignalSpy laidOut(diff, &godwit::widgets::DiffView::layoutFinished);
        QSignalSpy applied(workbench->panel(), &MigrationsPanel::applied);
        workbench->panel()->applyPending();
        QVERIFY(applied.wait(30000));
        if (laidOut.isEmpty())
            QVERIFY(laidOut.wait(30000)); // the picture shows the diagram, not its placeholder
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(godwit::test::screenshotPath(QStringLiteral("screenshot-migrations.png"))));
        workbench->editorPane()->setSavePrompt([] { return godwit::widgets::SqlEditorPane::SaveChoice::Discard; });
    }
};

QTEST_MAIN(TestMigrationsWorkbench)
#include "tst_migrationsworkbench.moc"
