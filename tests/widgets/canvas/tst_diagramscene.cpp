// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "schema/identifier.h"
#include "schema/mermaidschemareader.h"
#include "schema/schemareader.h"
#include "testpaths.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramexporter.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramtheme.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/canvas/minimap.h"
#include "widgets/canvas/relationitem.h"
#include "widgets/canvas/schemagroupitem.h"
#include "widgets/canvas/tableitem.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace godwit::widgets;
using godwit::layout::Link;
using godwit::schema::Schema;
using godwit::test::Dataset;

namespace {

Schema readSchema(const QString& path)
{
    godwit::schema::ReadOptions options;
    options.rowCounts = godwit::schema::ReadOptions::RowCounts::Estimate;
    auto schema = godwit::schema::SchemaReader::readFile(path, options);
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(Schema {});
}

QRectF sceneRowRect(const TableItem* item, int row) { return item->mapRectToScene(item->rowRect(row)); }

// A port on a card side counts as on the row when it is within the row's height on that side.
bool onRow(const TableItem* item, int row, QPointF port)
{
    const QRectF r = sceneRowRect(item, row);
    return port.y() >= r.top() && port.y() <= r.bottom()
        && (qFuzzyCompare(port.x(), r.left()) || qFuzzyCompare(port.x(), r.right()));
}

} // namespace

class TestDiagramScene : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void realSchemas_data();
    void realSchemas();
    void hoverHighlightsForeignKeyPath();
    void searchAndSelection();
    void draggedCardKeepsItsLines();
    void schemaGroups();
    void exports_data();
    void exports();
    void darkPalette();
    void widgetLaysOutAndRestoresPositions();
    void minimapFollowsTheView();
};

void TestDiagramScene::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GodwitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diagramscene"));
}

void TestDiagramScene::init() { QSettings().clear(); }

void TestDiagramScene::realSchemas_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("screenshot");
    QTest::addRow("chinook") << godwit::test::datasetDatabase(Dataset::Chinook)
                             << QStringLiteral("diagram-chinook.png");
    QTest::addRow("northwind (names with spaces)")
        << godwit::test::datasetDatabase(Dataset::Northwind) << QStringLiteral("diagram-northwind.png");
    QTest::addRow("sakila (cycles)") << godwit::test::datasetDatabase(Dataset::Sakila)
                                     << QStringLiteral("diagram-sakila.png");
    QTest::addRow("orders") << godwit::test::ordersV1Database() << QStringLiteral("diagram-orders.png");
}

// Every table and view has a card of the size the metrics ask for, no two cards overlap, and
// every foreign key has a line whose ends sit on its child and parent column rows.
void TestDiagramScene::realSchemas()
{
    QFETCH(QString, path);
    QFETCH(QString, screenshot);
    const Schema schema = readSchema(path);
    QVERIFY(!schema.tables.isEmpty());
    DiagramScene scene;
    const auto built = DiagramBuilder::buildSchema(&scene, schema);
    QVERIFY2(built, godwit::test::why(built).constData());

    QCOMPARE(scene.tableItems().size(), schema.tables.size() + schema.views.size());
    for (const auto& table : schema.tables) {
        const TableItem* item = scene.tableItem(table.name);
        QVERIFY2(item, qPrintable(table.name));
        QCOMPARE(item->card().rows.size(), table.columns.size());
        QCOMPARE(item->nodeShape().height(), scene.metrics().shape(item->card()).height());
        QVERIFY(item->nodeShape().width >= scene.metrics().shape(item->card()).width);
    }
    const QList<TableItem*> items = scene.tableItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QRectF a = items[i]->mapRectToScene(items[i]->cardRect());
        for (qsizetype j = i + 1; j < items.size(); ++j)
            QVERIFY2(!a.intersects(items[j]->mapRectToScene(items[j]->cardRect())),
                qPrintable(items[i]->key() + QLatin1String(" overlaps ") + items[j]->key()));
    }

    qsizetype foreignKeys = 0;
    for (const auto& table : schema.tables)
        foreignKeys += table.foreignKeys.size();
    QCOMPARE(scene.relationItems().size(), foreignKeys);
    QVERIFY(scene.groupItems().isEmpty()); // SQLite has no schemas to group
    for (const RelationItem* relation : scene.relationItems()) {
        const Link& link = relation->link();
        const TableItem* child = scene.tableItem(link.child);
        const TableItem* parent = scene.tableItem(link.parent);
        QVERIFY(child && parent);
        QVERIFY(godwit::schema::sameIdentifier(child->card().rows[link.childRow].name, link.childColumns.front()));
        QVERIFY(godwit::schema::sameIdentifier(parent->card().rows[link.parentRow].name, link.parentColumns.front()));
        QVERIFY2(onRow(child, link.childRow, relation->childPort()), qPrintable(link.key()));
        QVERIFY2(onRow(parent, link.parentRow, relation->parentPort()), qPrintable(link.key()));
        QVERIFY(!relation->linePath().isEmpty());
    }

    const QImage image = DiagramExporter::image({ { QString(), &scene } }, false, 1.0);
    QVERIFY(!image.isNull());
    QVERIFY(image.save(godwit::test::screenshotPath(screenshot)));
}

void TestDiagramScene::hoverHighlightsForeignKeyPath()
{
    DiagramScene scene;
    QVERIFY(DiagramBuilder::buildSchema(&scene, readSchema(godwit::test::datasetDatabase(Dataset::Chinook))));
    TableItem* album = scene.tableItem(QStringLiteral("Album"));
    TableItem* artist = scene.tableItem(QStringLiteral("Artist"));
    TableItem* track = scene.tableItem(QStringLiteral("Track"));
    QVERIFY(album && artist && track);
    const int artistId = int(album->card().rowIndex(QStringLiteral("ArtistId")));
    scene.rowHovered(album, artistId);
    QList<const RelationItem*> lit;
    for (const RelationItem* r : scene.relationItems()) {
        if (r->isHighlighted())
            lit.append(r);
    }
    QCOMPARE(lit.size(), 1);
    QCOMPARE(lit.front()->link().parent, QStringLiteral("Artist"));
    QCOMPARE(artist->highlightedRows(), QSet<int> { int(artist->card().rowIndex(QStringLiteral("ArtistId"))) });
    QVERIFY(track->highlightedRows().isEmpty());

    // The header lights every line of the card: Artist -> Album and Album -> Track.
    scene.rowHovered(album, -1);
    qsizetype count = 0;
    for (const RelationItem* r : scene.relationItems())
        count += r->isHighlighted() ? 1 : 0;
    QCOMPARE(count, 2);
    QCOMPARE(track->highlightedRows(), QSet<int> { int(track->card().rowIndex(QStringLiteral("AlbumId"))) });

    scene.rowHovered(album, -2);
    for (const RelationItem* r : scene.relationItems())
        QVERIFY(!r->isHighlighted());
    QVERIFY(artist->highlightedRows().isEmpty());
}

void TestDiagramScene::searchAndSelection()
{
    DiagramScene scene;
    QVERIFY(DiagramBuilder::buildSchema(&scene, readSchema(godwit::test::datasetDatabase(Dataset::Chinook))));
    QCOMPARE(scene.setSearchText(QStringLiteral("invoice")),
        (QStringList { QStringLiteral("Invoice"), QStringLiteral("InvoiceLine") }));
    QVERIFY(scene.tableItem(QStringLiteral("Invoice"))->isSearchMatch());
    QVERIFY(!scene.tableItem(QStringLiteral("Track"))->isSearchMatch());
    QCOMPARE(scene.setSearchText(QStringLiteral("list")),
        (QStringList { QStringLiteral("Playlist"), QStringLiteral("PlaylistTrack") }));
    QVERIFY(scene.setSearchText(QString()).isEmpty());

    QSignalSpy clicked(&scene, &DiagramScene::tableClicked);
    scene.selectTable(QStringLiteral("Genre"));
    QCOMPARE(scene.selectedTable(), QStringLiteral("Genre"));
    QCOMPARE(clicked.size(), 0); // chosen elsewhere: no echo
    scene.clearSelection();
    scene.tableItem(QStringLiteral("Track"))->setSelected(true);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.front().front().toString(), QStringLiteral("Track"));
}

// A card moved by hand takes its lines along (routed directly) and keeps the row ports.
void TestDiagramScene::draggedCardKeepsItsLines()
{
    DiagramScene scene;
    QVERIFY(DiagramBuilder::buildSchema(&scene, readSchema(godwit::test::datasetDatabase(Dataset::Chinook))));
    TableItem* album = scene.tableItem(QStringLiteral("Album"));
    album->setPos(album->pos() + QPointF(400, 300));
    QVERIFY(album->isMovedByUser());
    for (const RelationItem* relation : scene.relationItems()) {
        const Link& link = relation->link();
        if (link.child == QLatin1String("Album"))
            QVERIFY(onRow(album, link.childRow, relation->childPort()));
        if (link.parent == QLatin1String("Album"))
            QVERIFY(onRow(album, link.parentRow, relation->parentPort()));
    }
    const QHash<QString, QPointF> positions = scene.userPositions();
    QCOMPARE(positions.keys(), QStringList { QStringLiteral("Album") });

    DiagramScene again;
    QVERIFY(DiagramBuilder::buildSchema(&again, readSchema(godwit::test::datasetDatabase(Dataset::Chinook))));
    again.setUserPositions(positions);
    QCOMPARE(again.tableItem(QStringLiteral("Album"))->pos(), album->pos());
}

// A PostgreSQL diagram with two schemas: one box per schema behind its cards, holding them
// and none of the other schema's, following a card dragged out of it.
void TestDiagramScene::schemaGroups()
{
    const QString mermaid = QStringLiteral(R"(erDiagram
    %% godwit: schema version=1 dialect=postgresql
    customer {
        integer id PK
        text email UK
    }
    country {
        text code PK
    }
    "sales.orders" {
        bigint id PK
        integer customer_id FK
        text country_code FK
    }
    "sales.refund" {
        integer id PK
        bigint order_id FK
    }
    "sales.audit" {
        text note
    }
    customer ||--o{ "sales.orders" : "customer_id"
    country ||--o{ "sales.orders" : "country_code"
    "sales.orders" ||--o{ "sales.refund" : "order_id"
)");
    auto schema = godwit::schema::MermaidSchemaReader::read(mermaid, QStringLiteral("groups.mmd"));
    QVERIFY2(schema, godwit::test::why(schema).constData());
    DiagramScene scene;
    QVERIFY(DiagramBuilder::buildSchema(&scene, *schema));
    const QList<SchemaGroupItem*> groups = scene.groupItems();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0]->name(), QStringLiteral("public"));
    QCOMPARE(groups[0]->cardKeys(), (QStringList { QStringLiteral("country"), QStringLiteral("customer") }));
    QCOMPARE(groups[1]->name(), QStringLiteral("sales"));
    QCOMPARE(groups[1]->cardKeys().size(), 3);
    for (const SchemaGroupItem* group : groups) {
        QCOMPARE(group->type(), int(SchemaGroupItem::Type));
        QVERIFY(scene.diagramRect().contains(group->rect()));
        for (const TableItem* card : scene.tableItems()) {
            const QRectF r = card->mapRectToScene(card->cardRect());
            if (group->cardKeys().contains(card->key())) {
                QVERIFY2(group->rect().contains(r), qPrintable(group->name() + QLatin1Char(' ') + card->key()));
                QVERIFY(group->zValue() < card->zValue());
            } else {
                QVERIFY2(!group->rect().intersects(r), qPrintable(group->name() + QLatin1Char(' ') + card->key()));
            }
        }
        for (const RelationItem* relation : scene.relationItems())
            QVERIFY(group->zValue() < relation->zValue());
    }

    TableItem* audit = scene.tableItem(u"sales.audit");
    QVERIFY(audit);
    audit->setPos(groups[1]->rect().bottomRight() + QPointF(300, 200));
    QVERIFY(groups[1]->rect().contains(audit->mapRectToScene(audit->cardRect())));
    QVERIFY(scene.diagramRect().contains(groups[1]->rect()));
}

void TestDiagramScene::exports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("png") << QStringLiteral("export-chinook.png");
    QTest::addRow("svg") << QStringLiteral("export-chinook.svg");
    QTest::addRow("pdf") << QStringLiteral("export-chinook.pdf");
    QTest::addRow("mermaid") << QStringLiteral("export-chinook.mmd");
    QTest::addRow("dot") << QStringLiteral("export-chinook.dot");
}

void TestDiagramScene::exports()
{
    QFETCH(QString, file);
    const QString path = godwit::test::scratchDir() + QLatin1Char('/') + file;
    DiagramWidget widget;
    QSignalSpy finished(&widget, &DiagramWidget::layoutFinished);
    const Schema schema = readSchema(godwit::test::datasetDatabase(Dataset::Chinook));
    widget.setSchema(schema, QStringLiteral("chinook-export"));
    QVERIFY(finished.wait(30000));
    const auto written = widget.exportTo(path, 2.0);
    QVERIFY2(written, godwit::test::why(written).constData());
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray data = out.readAll();
    if (file.endsWith(QLatin1String(".png"))) {
        QImage image;
        QVERIFY(image.loadFromData(data, "PNG"));
        const QSizeF page = DiagramExporter::pageSize({ { QString(), widget.scene() } }, false);
        QCOMPARE(image.size(), (page * 2).toSize());
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QXmlStreamReader xml(data);
        bool sawSvg = false;
        bool sawTable = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                sawSvg = true;
            if (xml.isCharacters() && xml.text().contains(QLatin1String("InvoiceLine")))
                sawTable = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(sawTable); // text stays text
    } else if (file.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(data.startsWith("%PDF"));
        QVERIFY(data.trimmed().endsWith("%%EOF"));
    } else if (file.endsWith(QLatin1String(".mmd"))) {
        const auto parsed = godwit::schema::MermaidSchemaReader::read(QString::fromUtf8(data), path);
        QVERIFY2(parsed, godwit::test::why(parsed).constData());
        QCOMPARE(parsed->tables.size(), schema.tables.size());
    } else {
        QVERIFY(data.startsWith("digraph"));
        QVERIFY(data.contains("InvoiceLine"));
    }
}

void TestDiagramScene::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Highlight, QColor(0x33, 0x66, 0xcc));
    const DiagramTheme theme = DiagramTheme::fromPalette(dark);
    QVERIFY(theme.dark);
    QCOMPARE(theme.selection, QColor(0x33, 0x66, 0xcc));
    QVERIFY(!DiagramTheme::fromPalette(QPalette(Qt::white)).dark);

    DiagramView view;
    DiagramScene scene;
    view.setDiagramScene(&scene);
    view.setPalette(dark);
    QVERIFY(scene.theme().dark);
    QVERIFY(DiagramBuilder::buildSchema(&scene, readSchema(godwit::test::ordersV1Database())));
    QVERIFY(DiagramExporter::image({ { QString(), &scene } }, false)
                .save(godwit::test::screenshotPath(QStringLiteral("diagram-orders-dark.png"))));
}

void TestDiagramScene::widgetLaysOutAndRestoresPositions()
{
    const Schema schema = readSchema(godwit::test::datasetDatabase(Dataset::Sakila));
    const QString key = QStringLiteral("/tmp/sakila.db");
    QPointF moved;
    {
        DiagramWidget widget;
        widget.resize(1200, 800);
        widget.show();
        QSignalSpy finished(&widget, &DiagramWidget::layoutFinished);
        QSignalSpy shown(&widget, &DiagramWidget::diagramShown);
        widget.setSchema(schema, key);
        QVERIFY(widget.isLayingOut());
        QVERIFY(finished.wait(30000));
        QVERIFY(widget.hasDiagram());
        QVERIFY(shown.size() == 1 || shown.wait(5000));
        QVERIFY(widget.view()->zoom() <= 1.0);

        TableItem* film = widget.scene()->tableItem(QStringLiteral("film"));
        QVERIFY(film);
        film->setPos(film->pos() + QPointF(-250, 120));
        moved = film->pos();
        widget.scene()->cardDropped(film);
        QVERIFY(QSettings().contains(DiagramWidget::settingsGroup(key) + QStringLiteral("/positions")));

        QSignalSpy activated(&widget, &DiagramWidget::tableActivated);
        widget.searchEdit()->setText(QStringLiteral("film_a"));
        QVERIFY(widget.scene()->tableItem(QStringLiteral("film_actor"))->isSearchMatch());
        QTest::keyClick(widget.searchEdit(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(widget.scene()->selectedTable(), QStringLiteral("film_actor"));
        QVERIFY(widget.grab().save(godwit::test::screenshotPath(QStringLiteral("diagram-widget-sakila.png"))));
    }
    DiagramWidget widget;
    QSignalSpy finished(&widget, &DiagramWidget::layoutFinished);
    widget.setSchema(schema, key);
    QVERIFY(finished.wait(30000));
    QCOMPARE(widget.scene()->tableItem(QStringLiteral("film"))->pos(), moved);
    widget.relayout();
    QVERIFY(finished.wait(30000));
    QVERIFY(widget.scene()->tableItem(QStringLiteral("film"))->pos() != moved);
    QVERIFY(!QSettings().contains(DiagramWidget::settingsGroup(key) + QStringLiteral("/positions")));
}

void TestDiagramScene::minimapFollowsTheView()
{
    DiagramView view;
    DiagramScene scene;
    view.setDiagramScene(&scene);
    view.resize(500, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(DiagramBuilder::buildSchema(&scene, readSchema(godwit::test::datasetDatabase(Dataset::Sakila))));
    view.resetZoom();
    // Sakila at 100% does not fit in 500×400: wherever the view scrolls, the minimap shows in a
    // corner free of cards, or not at all; never over a card.
    int shown = 0;
    for (int step = 0; step <= 10; ++step) {
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() * step / 10);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * (10 - step) / 10);
        view.minimap()->refreshViewport();
        if (!view.minimap()->isVisible())
            continue;
        ++shown;
        const QRect place = view.minimap()->geometry().translated(-view.viewport()->geometry().topLeft());
        const QList<QGraphicsItem*> under = scene.items(view.mapToScene(place).boundingRect());
        QVERIFY2(std::ranges::none_of(under, [](QGraphicsItem* item) { return item->type() == TableItem::Type; }),
            qPrintable(QStringLiteral("the minimap covers a card at step %1").arg(step)));
    }
    QVERIFY(shown > 0);
    view.fitToWindow();
    QVERIFY(!view.minimap()->isVisible());
    QVERIFY(view.zoom() < 1.0);
    view.setZoom(100);
    QCOMPARE(view.zoom(), DiagramView::MaxZoom);
}

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
