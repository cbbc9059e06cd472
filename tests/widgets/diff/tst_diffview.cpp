// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "schema/schemareader.h"
#include "testpaths.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/tableitem.h"
#include "widgets/diff/diffview.h"

#include <QCheckBox>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace godwit::widgets;
using godwit::diff::ChangeSet;
using godwit::diff::DiffOptions;
using godwit::diff::RenamePolicy;
using godwit::diff::SchemaDiff;
using godwit::layout::Mark;
using godwit::schema::Schema;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(godwit::diff::RenamePolicy)

namespace {

Schema readScript(const QString& sql)
{
    auto schema = godwit::schema::SchemaReader::readScript(sql, QStringLiteral("test.sql"));
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(Schema {});
}

QString ordersScript(int upTo)
{
    static const QStringList files = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
        QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };
    QString sql;
    for (int i = 0; i < upTo; ++i) {
        QFile file(godwit::test::sampleDir() + QLatin1Char('/') + files[i]);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        sql += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    return sql;
}

ChangeSet ordersChanges(RenamePolicy renames)
{
    DiffOptions options;
    options.renames = renames;
    return SchemaDiff::compare(readScript(ordersScript(1)), readScript(ordersScript(4)), options);
}

// "table.row" of every marked, present row in a scene.
QStringList markedRows(const DiagramScene* scene)
{
    QStringList out;
    for (const TableItem* item : scene->tableItems()) {
        for (const auto& row : item->card().rows) {
            if (row.present && row.mark != Mark::None)
                out.append(item->key() + QLatin1Char('.') + row.name);
        }
    }
    return out;
}

} // namespace

class TestDiffView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ordersBeforeAfter_data();
    void ordersBeforeAfter();
    void changeListSelectsOnBothSides();
    void canvasesStayInStep();
    void changedOnlyFilter();
    void compareWithFile();
    void compareWithBadFile();
    void exportBothSides();
};

void TestDiffView::ordersBeforeAfter_data()
{
    QTest::addColumn<RenamePolicy>("renames");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("screenshot");
    QTest::addRow("rename accepted") << RenamePolicy::Accept
                                     << QStringList { QStringLiteral("orders.estimated_delivery") }
                                     << QStringList { QStringLiteral("orders.shipping_eta") }
                                     << QStringLiteral("diff-orders-rename.png");
    QTest::addRow("drop and add") << RenamePolicy::Reject << QStringList { QStringLiteral("orders.estimated_delivery") }
                                  << QStringList { QStringLiteral("orders.shipping_eta") }
                                  << QStringLiteral("diff-orders.png");
}

// V1 against V1..V4 of the orders sample: the same layout on both sides, and only the
// column that changed is coloured.
void TestDiffView::ordersBeforeAfter()
{
    QFETCH(RenamePolicy, renames);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, screenshot);
    DiffView view;
    view.resize(1400, 700);
    view.show();
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    view.setChangeSet(ordersChanges(renames), QStringLiteral("V1"), QStringLiteral("V4"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(markedRows(view.beforeScene()), before);
    QCOMPARE(markedRows(view.afterScene()), after);
    QCOMPARE(view.beforeScene()->tableItems().size(), 3);
    for (const TableItem* left : view.beforeScene()->tableItems()) {
        const TableItem* right = view.afterScene()->tableItem(left->key());
        QVERIFY(right);
        QCOMPARE(left->pos(), right->pos());
        QCOMPARE(left->cardRect(), right->cardRect());
        QCOMPARE(left->card().mark, left->key() == QLatin1String("orders") ? Mark::Changed : Mark::None);
    }
    QCOMPARE(view.beforeScene()->relationItems().size(), 2);
    QCOMPARE(view.afterScene()->relationItems().size(), 2);
    QVERIFY(view.grab().save(godwit::test::screenshotPath(screenshot)));
}

void TestDiffView::changeListSelectsOnBothSides()
{
    DiffView view;
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    view.setChangeSet(ordersChanges(RenamePolicy::Reject), QStringLiteral("V1"), QStringLiteral("V4"));
    QVERIFY(finished.wait(30000));
    QTreeWidget* list = view.changeList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("orders"));
    QVERIFY(list->topLevelItem(0)->childCount() >= 2);

    view.selectChange(QStringLiteral("column:orders.shipping_eta"));
    QCOMPARE(view.selectedChange(), QStringLiteral("column:orders.shipping_eta"));
    QCOMPARE(view.beforeScene()->selectedTable(), QStringLiteral("orders"));
    QCOMPARE(view.afterScene()->selectedTable(), QStringLiteral("orders"));
    const TableItem* after = view.afterScene()->tableItem(QStringLiteral("orders"));
    QCOMPARE(after->card().rows.at(after->focusedRow()).name, QStringLiteral("shipping_eta"));

    view.selectChange(QStringLiteral("column:orders.estimated_delivery"));
    const TableItem* before = view.beforeScene()->tableItem(QStringLiteral("orders"));
    QCOMPARE(before->card().rows.at(before->focusedRow()).name, QStringLiteral("estimated_delivery"));

    // A card clicked on one side is selected on the other too.
    QSignalSpy activated(&view, &DiffView::tableActivated);
    view.afterScene()->clearSelection();
    view.afterScene()->tableItem(QStringLiteral("payments"))->setSelected(true);
    QCOMPARE(view.beforeScene()->selectedTable(), QStringLiteral("payments"));
    QCOMPARE(activated.size(), 1);
}

void TestDiffView::canvasesStayInStep()
{
    DiffView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    auto before = godwit::schema::SchemaReader::readFile(godwit::test::datasetDatabase(Dataset::Sakila));
    QVERIFY(before);
    Schema after = *before;
    after.tables.removeAt(0);
    view.setChangeSet(SchemaDiff::compare(*before, after), QStringLiteral("sakila"), QStringLiteral("edited"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(view.beforeScene()->sceneRect(), view.afterScene()->sceneRect());
    view.beforeView()->setZoom(1.0);
    QCOMPARE(view.afterView()->zoom(), 1.0);
    view.afterView()->horizontalScrollBar()->setValue(180);
    view.afterView()->verticalScrollBar()->setValue(90);
    QCOMPARE(view.beforeView()->horizontalScrollBar()->value(), 180);
    QCOMPARE(view.beforeView()->verticalScrollBar()->value(), 90);
    // Zooming either side keeps both showing the same part of the diagram.
    const auto centre
        = [](const godwit::widgets::DiagramView* v) { return v->mapToScene(v->viewport()->rect().center()); };
    for (int step = 0; step < 6; ++step) {
        godwit::widgets::DiagramView* from = step % 2 ? view.beforeView() : view.afterView();
        if (step < 3)
            from->zoomIn();
        else
            from->zoomOut();
        QCOMPARE(view.beforeView()->zoom(), view.afterView()->zoom());
        QCOMPARE(view.beforeView()->horizontalScrollBar()->value(), view.afterView()->horizontalScrollBar()->value());
        QCOMPARE(view.beforeView()->verticalScrollBar()->value(), view.afterView()->verticalScrollBar()->value());
        QVERIFY2((centre(view.beforeView()) - centre(view.afterView())).manhattanLength() < 2.0,
            qPrintable(QString::number(step)));
    }
    // The removed table keeps its place on the before side and leaves a gap on the after side.
    const QString removed = before->tables.front().name;
    QVERIFY(view.beforeScene()->tableItem(removed)->isVisible());
    QVERIFY(!view.afterScene()->tableItem(removed)->isVisible());
    QCOMPARE(view.beforeScene()->tableItem(removed)->card().mark, Mark::Removed);
}

void TestDiffView::changedOnlyFilter()
{
    auto before = godwit::schema::SchemaReader::readFile(godwit::test::datasetDatabase(Dataset::Chinook));
    QVERIFY(before);
    Schema after = *before;
    for (auto& table : after.tables) {
        if (table.name == QLatin1String("Genre"))
            table.columns[1].notNull = true;
    }
    DiffView view;
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    view.setChangeSet(SchemaDiff::compare(*before, after), QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(view.afterScene()->tableItems().size(), 11);
    view.changedOnlyBox()->setChecked(true);
    QVERIFY(view.isChangedOnly());
    QVERIFY(finished.wait(30000));
    QStringList keys;
    for (const TableItem* item : view.afterScene()->tableItems())
        keys.append(item->key());
    QCOMPARE(keys, (QStringList { QStringLiteral("Genre"), QStringLiteral("Track") }));
    QCOMPARE(markedRows(view.afterScene()), QStringList { QStringLiteral("Genre.Name") });
}

void TestDiffView::compareWithFile()
{
    const QString after = godwit::test::scratchDir() + QStringLiteral("/after.sql");
    QFile file(after);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ordersScript(2).toUtf8());
    file.close();
    DiffView view;
    QSignalSpy ready(&view, &DiffView::comparisonReady);
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    view.compareWith(readScript(ordersScript(1)), QStringLiteral("V1"), after);
    QVERIFY(view.isBusy());
    QVERIFY(ready.wait(30000));
    QVERIFY(view.hasComparison());
    QVERIFY(finished.wait(30000));
    QCOMPARE(markedRows(view.afterScene()), QStringList { QStringLiteral("orders.shipping_eta") });
}

void TestDiffView::compareWithBadFile()
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/broken.sql");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABEL nope (id);\n");
    file.close();
    DiffView view;
    QSignalSpy error(&view, &DiffView::errorOccurred);
    view.compareWith(readScript(ordersScript(1)), QStringLiteral("V1"), path);
    QVERIFY(error.wait(30000));
    QCOMPARE(error.front().at(0).toString(), QStringLiteral("Godwit could not read “broken.sql”."));
    QVERIFY(error.front().at(1).toString().startsWith(path + QStringLiteral(":1:")));
    QVERIFY(!view.hasComparison());
}

void TestDiffView::exportBothSides()
{
    DiffView view;
    QSignalSpy finished(&view, &DiffView::layoutFinished);
    view.setChangeSet(ordersChanges(RenamePolicy::Reject), QStringLiteral("V1"), QStringLiteral("V4"));
    QVERIFY(finished.wait(30000));
    const QString png = godwit::test::scratchDir() + QStringLiteral("/both.png");
    QVERIFY(view.exportTo(png, 1.0));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 2 * view.afterScene()->diagramRect().width());
    const QString after = godwit::test::scratchDir() + QStringLiteral("/after.png");
    QVERIFY(view.exportTo(after, 1.0, DiffView::Sides::After));
    QVERIFY(QImage(after).width() < image.width() * 3 / 4);
    const QString afterMermaid = godwit::test::scratchDir() + QStringLiteral("/after.mmd");
    QVERIFY(view.exportTo(afterMermaid, 1.0, DiffView::Sides::After));
    QFile afterText(afterMermaid);
    QVERIFY(afterText.open(QIODevice::ReadOnly));
    const QByteArray afterDiagram = afterText.readAll();
    QVERIFY(afterDiagram.contains("shipping_eta") && !afterDiagram.contains("estimated_delivery"));
    const QString svg = godwit::test::scratchDir() + QStringLiteral("/both.svg");
    QVERIFY(view.exportTo(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY(!xml.hasError());
    const QString mmd = godwit::test::scratchDir() + QStringLiteral("/both.mmd");
    QVERIFY(view.exportTo(mmd));
    QFile text(mmd);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray mermaid = text.readAll();
    QVERIFY(mermaid.contains("orders_V1") && mermaid.contains("orders_V2"));
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
