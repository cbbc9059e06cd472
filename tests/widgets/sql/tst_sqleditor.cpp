// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "schema/schemareader.h"
#include "widgets/sql/sqleditor.h"
#include "widgets/sql/sqleditorapis.h"
#include "widgets/sql/sqleditorpane.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <Qsci/qscilexer.h>

using godwit::widgets::SqlEditor;
using godwit::widgets::SqlEditorPane;

namespace {

godwit::schema::Schema ordersSchema()
{
    auto schema = godwit::schema::SchemaReader::readFile(godwit::test::ordersV1Database());
    if (!schema)
        qFatal("%s", qPrintable(schema.error().toString()));
    return *schema;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

// The checker's copy of the schema is built off the GUI thread: wait for it.
void waitForContext(SqlEditor& editor)
{
    if (!editor.isSchemaContextPending())
        return;
    QSignalSpy ready(&editor, &SqlEditor::schemaContextReady);
    QVERIFY(ready.wait(10000));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSqlEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void completion_data()
    {
        QTest::addColumn<QString>("text"); // | marks the cursor
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("exact"); // else: expected is a subset
        QTest::addRow("table columns after dot")
            << "SELECT orders.| FROM orders"
            << QStringList { "created_at", "customer_id", "estimated_delivery", "order_id", "status", "total_amount" }
            << true;
        QTest::addRow("columns filtered by prefix")
            << "SELECT orders.c|" << QStringList { "created_at", "customer_id" } << true;
        QTest::addRow("alias") << "SELECT p.| FROM payments AS p"
                               << QStringList { "created_at", "order_id", "payment_id", "provider_ref", "status" }
                               << true;
        QTest::addRow("alias without AS") << "SELECT oi.q| FROM order_items oi" << QStringList { "quantity" } << true;
        QTest::addRow("unknown qualifier") << "SELECT nope.|" << QStringList {} << true;
        QTest::addRow("tables, columns, index and keyword")
            << "SELECT * FROM ord|"
            << QStringList { "ORDER", "order_id", "order_items", "orders", "orders_customer_created" } << true;
        QTest::addRow("keywords") << "sel|" << QStringList { "SELECT" } << true;
        QTest::addRow("index names") << "DROP INDEX pay|"
                                     << QStringList { "payment_id", "payments", "payments_order",
                                            "payments_provider_ref" }
                                     << true;
        QTest::addRow("nothing in a string") << "SELECT 'ord|" << QStringList {} << true;
        QTest::addRow("nothing in a comment") << "-- ord|" << QStringList {} << true;
        QTest::addRow("second line") << "SELECT 1;\nUPDATE payments SET sta|" << QStringList { "status" } << false;
    }
    void completion()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, exact);
        SqlEditor editor;
        editor.setSchemaContext(ordersSchema());
        waitForContext(editor);
        const qsizetype cursor = text.indexOf(QLatin1Char('|'));
        text.remove(cursor, 1);
        editor.setText(text);
        const QStringList got = editor.completionsAt(cursor);
        if (exact) {
            QCOMPARE(got, expected);
        } else {
            for (const QString& e : expected)
                QVERIFY2(got.contains(e), qPrintable(got.join(QLatin1Char(','))));
        }
        // QScintilla asks the same through the lexer's API object, at the cursor.
        int line = 0;
        int index = 0;
        editor.lineIndexFromPosition(static_cast<int>(editor.bytePosition(cursor)), &line, &index);
        editor.setCursorPosition(line, index);
        QStringList fromApis;
        editor.lexer()->apis()->updateAutoCompletionList({}, fromApis);
        QCOMPARE(fromApis, got);
    }

    // A schema of thousands of tables takes seconds to copy into the checker: setSchemaContext
    // returns at once, checks wait for the copy, and names complete from the schema meanwhile.
    void schemaContextBuiltOffTheGuiThread()
    {
        SqlEditor editor;
        editor.setText(QStringLiteral("SELECT nope FROM orders;"));
        editor.setSchemaContext(ordersSchema());
        QVERIFY(editor.isSchemaContextPending());
        QVERIFY(editor.completionSchema().table(QStringLiteral("orders")));
        QSignalSpy problems(&editor, &SqlEditor::problemsChanged);
        editor.checkNow(); // deferred until the copy is there
        QCOMPARE(problems.count(), 0);
        QSignalSpy ready(&editor, &SqlEditor::schemaContextReady);
        QVERIFY(ready.wait(10000));
        QVERIFY(!editor.isSchemaContextPending());
        QCOMPARE(problems.count(), 1);
        QCOMPARE(editor.problems().size(), 1);
        QCOMPARE(editor.problems().constFirst().message, QStringLiteral("no such column: nope"));
    }

    void completionSeesEarlierMigrations()
    {
        SqlEditor editor;
        editor.setSchemaContext(ordersSchema(), { QStringLiteral("ALTER TABLE orders ADD COLUMN shipping_eta TEXT;") });
        waitForContext(editor);
        editor.setText(QStringLiteral("SELECT orders.sh"));
        QCOMPARE(editor.completionsAt(16), QStringList { QStringLiteral("shipping_eta") });
    }

    void errorMarkers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("marked"); // the text under the first squiggle
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown column") << "SELECT shipping_eta FROM orders;"
                                        << "shipping_eta" << 1 << 8 << "no such column: shipping_eta";
        QTest::addRow("second statement") << "SELECT 1;\n\nUPDATE orderz SET status = 'paid';"
                                          << "orderz" << 3 << 8 << "no such table: orderz";
        QTest::addRow("syntax") << "SELECT order_id FROM orders WHER status = 'x';"
                                << "status" << 1 << 34 << "near \"status\": syntax error";
        QTest::addRow("after non-ASCII text") << "-- naïve ☃ comment\nSELECT 'é', nope FROM orders;"
                                              << "nope" << 2 << 13 << "no such column: nope";
    }
    void errorMarkers()
    {
        QFETCH(QString, sql);
        QFETCH(QString, marked);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        SqlEditor editor;
        editor.setSchemaContext(ordersSchema());
        waitForContext(editor);
        QSignalSpy spy(&editor, &SqlEditor::problemsChanged);
        editor.setText(sql);
        // Debounced: nothing until the typing pause is over.
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(spy.wait(5 * SqlEditor::DebounceMs));
        QCOMPARE(spy.constLast().constFirst().toInt(), 1);
        const auto p = editor.problems().constFirst(); // a copy: checkNow() below replaces the list
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(p.message, message);
        QCOMPARE(sql.mid(p.offset, p.length), marked);
        // The squiggle covers exactly the token, and the tooltip text is SQLite's message.
        QVERIFY(editor.hasErrorIndicatorAt(p.offset));
        QVERIFY(editor.hasErrorIndicatorAt(p.offset + p.length - 1));
        QVERIFY(!editor.hasErrorIndicatorAt(p.offset + p.length));
        if (p.offset > 0)
            QVERIFY(!editor.hasErrorIndicatorAt(p.offset - 1));
        QCOMPARE(editor.problemAt(p.offset + 1)->message, message);
        QVERIFY(!editor.problemAt(0) || p.offset == 0);
        // Fixing the text clears the markers.
        editor.setText(QStringLiteral("SELECT order_id FROM orders;"));
        editor.checkNow();
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(!editor.hasErrorIndicatorAt(p.offset < 28 ? p.offset : 0));
    }

    void findAndReplace()
    {
        SqlEditor editor;
        editor.setText(
            QStringLiteral("UPDATE orders SET status = 'paid';\nSELECT status FROM orders;\nSELECT Status;"));
        SqlEditor::FindOptions options;
        options.caseSensitive = true;
        QVERIFY(editor.find(QStringLiteral("status"), options));
        QCOMPARE(editor.selectedText(), QStringLiteral("status"));
        QCOMPARE(editor.replaceAll(QStringLiteral("status"), QStringLiteral("state"), options), 2);
        QVERIFY(editor.text().contains(QLatin1String("SELECT Status;")));
        editor.undo(); // one step
        QCOMPARE(editor.text().count(QStringLiteral("status")), 2);
        options.caseSensitive = false;
        options.regularExpression = true;
        QCOMPARE(editor.replaceAll(QStringLiteral("s[a-z]+us"), QStringLiteral("phase"), options), 3);
        QVERIFY(!editor.find(QStringLiteral("status"), options));
    }

    void paneSavesAndPrompts()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/V2__x.sql");
        writeFile(path, "\xEF\xBB\xBFSELECT 1;\n");
        SqlEditorPane pane;
        QVERIFY(pane.openFile(path));
        QCOMPARE(pane.editor()->text(), QStringLiteral("SELECT 1;\n"));
        QVERIFY(!pane.isModified());
        pane.editor()->append(QStringLiteral("SELECT 2;\n"));
        QVERIFY(pane.isModified());

        // Cancel keeps the edits and the file; Save writes; Discard drops.
        pane.setSavePrompt([] { return SqlEditorPane::SaveChoice::Cancel; });
        QVERIFY(!pane.maybeSave());
        QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFSELECT 1;\n"));
        pane.setSavePrompt([] { return SqlEditorPane::SaveChoice::Save; });
        QSignalSpy saved(&pane, &SqlEditorPane::fileSaved);
        QVERIFY(pane.maybeSave());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(readFile(path), QByteArray("SELECT 1;\nSELECT 2;\n"));
        QVERIFY(!pane.isModified());
        pane.editor()->append(QStringLiteral("-- draft\n"));
        pane.setSavePrompt([] { return SqlEditorPane::SaveChoice::Discard; });
        const QString other = godwit::test::scratchDir() + QStringLiteral("/V3__y.sql");
        writeFile(other, "SELECT 3;\n");
        QVERIFY(pane.openFile(other));
        QCOMPARE(readFile(path), QByteArray("SELECT 1;\nSELECT 2;\n"));
        QCOMPARE(pane.filePath(), other);
    }

    void paneReloadsExternalChanges()
    {
        const QString path = godwit::test::scratchDir() + QStringLiteral("/V4__z.sql");
        writeFile(path, "SELECT 1;\n");
        SqlEditorPane pane;
        QVERIFY(pane.openFile(path));
        QSignalSpy reloaded(&pane, &SqlEditorPane::reloadedFromDisk);
        // No edits: reloaded silently.
        writeFile(path, "SELECT 42;\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(pane.editor()->text(), QStringLiteral("SELECT 42;\n"));
        // With edits: asked first; "no" keeps the edits.
        int asked = 0;
        pane.setReloadPrompt([&] {
            ++asked;
            return false;
        });
        pane.editor()->append(QStringLiteral("-- mine\n"));
        writeFile(path, "SELECT 43;\n");
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 5000);
        QVERIFY(pane.editor()->text().contains(QLatin1String("-- mine")));
        QVERIFY(pane.isModified());
        pane.setReloadPrompt([&] {
            ++asked;
            return true;
        });
        writeFile(path, "SELECT 44;\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(asked, 2);
        QCOMPARE(pane.editor()->text(), QStringLiteral("SELECT 44;\n"));
        QVERIFY(!pane.isModified());
    }

    void findShortcutsBelongToTheEditor()
    {
        SqlEditorPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.editor()->setText(QStringLiteral("SELECT status FROM orders"));
        pane.editor()->setSelection(0, 7, 0, 13);
        pane.editor()->setFocus();
        QTest::keyClick(pane.editor(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(pane.isFindBarVisible());
        QCOMPARE(pane.findField()->text(), QStringLiteral("status"));
        QVERIFY(pane.replaceField()->isVisible());
        pane.hideFindBar();
        QTest::keyClick(pane.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(pane.isFindBarVisible());
        QVERIFY(!pane.replaceField()->isVisible());
    }
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
