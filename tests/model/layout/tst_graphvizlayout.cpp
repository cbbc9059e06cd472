// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "layout/contentbuilder.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "resultmessage.h"
#include "schema/schemareader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace godwit::layout;
using godwit::schema::Schema;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(godwit::layout::Engine)

namespace {

// Text-free sizes: a card as wide as its longest name, like the canvas measures it.
NodeShape measure(const Card& card)
{
    qsizetype longest = card.name.size();
    for (const CardRow& row : card.rows)
        longest = std::max(longest, row.name.size() + row.type.size() + 3);
    return NodeShape { int(60 + 7 * longest), 30, 22, int(card.rows.size()), 6 };
}

Schema readSchema(const QString& path)
{
    auto schema = godwit::schema::SchemaReader::readFile(path);
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(Schema {});
}

QRectF rowRect(const QRectF& card, const NodeShape& shape, int row)
{
    if (row < 0)
        return QRectF(card.left(), card.top(), card.width(), shape.headerHeight);
    return QRectF(card.left(), card.top() + shape.headerHeight + row * shape.rowHeight, card.width(), shape.rowHeight);
}

} // namespace

class TestGraphvizLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realSchemas_data();
    void realSchemas();
    void linesGoAroundCards_data();
    void linesGoAroundCards();
    void emptyGraph();
    void clustersPerGroup_data();
    void clustersPerGroup();
    void oneGroupNoCluster_data();
    void oneGroupNoCluster();
    void dotSourceRunsInGraphviz();
    void sameGraphSameLayout();
    void jobDeliversNewestResult();
};

void TestGraphvizLayout::realSchemas_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<int>("tables");
    for (Engine engine : { Engine::Dot, Engine::Neato, Engine::Fdp }) {
        const QByteArray e = engineName(engine).toLatin1();
        QTest::addRow("chinook %s", e.constData()) << godwit::test::datasetDatabase(Dataset::Chinook) << engine << 11;
        QTest::addRow("northwind %s", e.constData())
            << godwit::test::datasetDatabase(Dataset::Northwind) << engine << 13;
        QTest::addRow("sakila %s", e.constData()) << godwit::test::datasetDatabase(Dataset::Sakila) << engine << 16;
        QTest::addRow("orders %s", e.constData()) << godwit::test::ordersV1Database() << engine << 3;
    }
}

// Every card is placed without overlapping another; every link has a route whose ends sit
// on the right rows: the parent's right side and the child's left side (right for self-references).
void TestGraphvizLayout::realSchemas()
{
    QFETCH(QString, path);
    QFETCH(Engine, engine);
    QFETCH(int, tables);
    const Schema schema = readSchema(path);
    QCOMPARE(schema.tables.size(), tables);
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    const LayoutGraph graph = LayoutGraph::build({ &content }, measure);
    QCOMPARE(graph.nodes.size(), schema.tables.size() + schema.views.size());
    qsizetype foreignKeys = 0;
    for (const auto& table : schema.tables)
        foreignKeys += table.foreignKeys.size();
    QCOMPARE(graph.edges.size(), foreignKeys);

    LayoutOptions options;
    options.engine = engine;
    const auto layout = GraphvizLayout::layout(graph, options);
    QVERIFY2(layout, godwit::test::why(layout).constData());
    QCOMPARE(layout->nodes.size(), graph.nodes.size());
    for (qsizetype i = 0; i < layout->nodes.size(); ++i) {
        const NodeLayout& node = layout->nodes[i];
        QCOMPARE(node.key, graph.nodes[i].key);
        QCOMPARE(node.rect.size(), QSizeF(graph.nodes[i].shape.width, graph.nodes[i].shape.height()));
        QVERIFY(layout->bounds.contains(node.rect));
        for (qsizetype j = i + 1; j < layout->nodes.size(); ++j)
            QVERIFY2(!node.rect.intersects(layout->nodes[j].rect),
                qPrintable(node.key + QLatin1String(" overlaps ") + layout->nodes[j].key));
    }

    QCOMPARE(layout->edges.size(), graph.edges.size());
    for (qsizetype i = 0; i < layout->edges.size(); ++i) {
        const EdgeLayout& edge = layout->edges[i];
        const LayoutEdge& spec = graph.edges[i];
        QCOMPARE(edge.key, spec.key);
        QVERIFY2(edge.path.size() >= 4 && edge.path.size() % 3 == 1, qPrintable(edge.key));
        const qsizetype p = content.cardIndex(spec.parent);
        const qsizetype c = content.cardIndex(spec.child);
        const QRectF parentRow = rowRect(layout->nodes[p].rect, graph.nodes[p].shape, spec.parentRow);
        const QRectF childRow = rowRect(layout->nodes[c].rect, graph.nodes[c].shape, spec.childRow);
        QVERIFY2(parentRow.adjusted(0, 0, 0.01, 0).contains(edge.parentPort), qPrintable(edge.key));
        QVERIFY2(childRow.adjusted(0, 0, 0.01, 0).contains(edge.childPort), qPrintable(edge.key));
        // A line leaves and enters a card on its left or right side, never inside it.
        QVERIFY(edge.parentPort.x() == parentRow.right() || edge.parentPort.x() == parentRow.left());
        QVERIFY(edge.childPort.x() == childRow.right() || edge.childPort.x() == childRow.left());
        if (p == c)
            QCOMPARE(edge.childPort.x(), childRow.right());
        // Graphviz itself routed to the column's row: the snap onto the row centre is small.
        const qreal halfRow = graph.nodes[c].shape.rowHeight / 2.0;
        QVERIFY2(edge.portSnap <= halfRow,
            qPrintable(QStringLiteral("%1: end moved %2 points").arg(edge.key).arg(edge.portSnap)));
    }
}

void TestGraphvizLayout::linesGoAroundCards_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("chinook") << godwit::test::datasetDatabase(Dataset::Chinook);
    QTest::addRow("northwind") << godwit::test::datasetDatabase(Dataset::Northwind);
    QTest::addRow("sakila") << godwit::test::datasetDatabase(Dataset::Sakila);
    QTest::addRow("orders") << godwit::test::ordersV1Database();
}

// With the default engine no line runs through a card other than the two it joins: each
// Bézier piece, sampled finely, stays out of every other card (a 2-point tolerance at the rims).
void TestGraphvizLayout::linesGoAroundCards()
{
    QFETCH(QString, path);
    const Schema schema = readSchema(path);
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    const LayoutGraph graph = LayoutGraph::build({ &content }, measure);
    const auto layout = GraphvizLayout::layout(graph, LayoutOptions {});
    QVERIFY(layout);
    for (const EdgeLayout& edge : layout->edges) {
        QList<QPointF> points { edge.parentPort };
        for (qsizetype i = 0; i + 3 < edge.path.size(); i += 3) {
            const QPointF p0 = edge.path[i], c1 = edge.path[i + 1], c2 = edge.path[i + 2], p1 = edge.path[i + 3];
            for (int step = 0; step <= 40; ++step) {
                const qreal t = step / 40.0, u = 1 - t;
                points.append(u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p1);
            }
        }
        points.append(edge.childPort);
        for (const NodeLayout& node : layout->nodes) {
            if (node.key == edge.parent || node.key == edge.child)
                continue;
            const QRectF inner = node.rect.adjusted(2, 2, -2, -2);
            for (const QPointF& point : std::as_const(points))
                QVERIFY2(!inner.contains(point), qPrintable(edge.key + QLatin1String(" runs through ") + node.key));
        }
    }
}

void TestGraphvizLayout::emptyGraph()
{
    const auto layout = GraphvizLayout::layout(LayoutGraph {});
    QVERIFY(layout);
    QVERIFY(layout->isEmpty());
    QVERIFY(layout->edges.isEmpty());
}

namespace {

// Two PostgreSQL schemas: public (a chain of three cards) and sales (two linked cards and one
// alone), with lines crossing between them.
LayoutGraph twoGroupGraph()
{
    LayoutGraph graph;
    const QList<std::pair<QString, QString>> nodes = { { "customer", "public" }, { "address", "public" },
        { "country", "public" }, { "sales.orders", "sales" }, { "sales.refund", "sales" }, { "sales.audit", "sales" } };
    for (const auto& [key, group] : nodes)
        graph.nodes.append({ key, NodeShape { 140, 30, 22, 3, 6 }, group });
    graph.edges = { { "e1", "country", 0, "address", 1 }, { "e2", "address", 0, "customer", 2 },
        { "e3", "customer", 0, "sales.orders", 1 }, { "e4", "sales.orders", 0, "sales.refund", 1 } };
    return graph;
}

} // namespace

void TestGraphvizLayout::clustersPerGroup_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<bool>("apart"); // the engine keeps clusters from overlapping
    QTest::addRow("dot") << Engine::Dot << true;
    QTest::addRow("fdp") << Engine::Fdp << true;
    QTest::addRow("neato") << Engine::Neato << false;
}

// One cluster per schema, read back from Graphviz: each box holds its cards and, where the engine
// honours clusters, none of the other schema's.
void TestGraphvizLayout::clustersPerGroup()
{
    QFETCH(Engine, engine);
    QFETCH(bool, apart);
    const LayoutGraph graph = twoGroupGraph();
    QCOMPARE(graph.clusterGroups(), (QStringList { "public", "sales" }));
    LayoutOptions options;
    options.engine = engine;
    const QString source = GraphvizLayout::dotSource(graph, options);
    QVERIFY2(source.contains(QLatin1String("subgraph cluster_g0")) && source.contains(QLatin1String("label=\"sales\"")),
        qPrintable(source));
    const auto layout = GraphvizLayout::layout(graph, options);
    QVERIFY2(layout, godwit::test::why(layout).constData());
    QCOMPARE(layout->groups.size(), 2);
    for (const GroupLayout& group : layout->groups) {
        QVERIFY(!group.rect.isEmpty());
        QVERIFY(layout->bounds.contains(group.rect));
        for (const LayoutNode& node : graph.nodes) {
            const QRectF card = layout->node(node.key)->rect;
            if (node.group == group.name) {
                QVERIFY2(group.rect.contains(card), qPrintable(group.name + QLatin1Char(' ') + node.key));
                // The label band above the first card.
                QVERIFY(card.top() - group.rect.top() >= 10);
            } else if (apart) {
                QVERIFY2(!group.rect.intersects(card), qPrintable(group.name + QLatin1Char(' ') + node.key));
            }
        }
    }
    QCOMPARE(layout->group(u"public")->name, QStringLiteral("public"));
}

void TestGraphvizLayout::oneGroupNoCluster_data()
{
    QTest::addColumn<QString>("group");
    QTest::addRow("SQLite: no group") << QString();
    QTest::addRow("PostgreSQL: public only") << QStringLiteral("public");
}

// One schema (or none) draws no box, and its layout is the one it had before groups existed.
void TestGraphvizLayout::oneGroupNoCluster()
{
    QFETCH(QString, group);
    LayoutGraph graph = twoGroupGraph();
    for (LayoutNode& node : graph.nodes)
        node.group = group;
    QVERIFY(graph.clusterGroups().isEmpty());
    QVERIFY(!GraphvizLayout::dotSource(graph).contains(QLatin1String("subgraph")));
    const auto layout = GraphvizLayout::layout(graph);
    QVERIFY2(layout, godwit::test::why(layout).constData());
    QVERIFY(layout->groups.isEmpty());
    LayoutGraph plain = graph;
    for (LayoutNode& node : plain.nodes)
        node.group.clear();
    QCOMPARE(layout->nodes, GraphvizLayout::layout(plain)->nodes);
}

// The DOT text is what the benchmark hands to `dot -Tplain`: it must be valid for the real tool.
void TestGraphvizLayout::dotSourceRunsInGraphviz()
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    const Schema schema = readSchema(godwit::test::datasetDatabase(Dataset::Northwind));
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    const QString source = GraphvizLayout::dotSource(LayoutGraph::build({ &content }, measure));
    QVERIFY(source.contains(QLatin1String(":p0:e -> ")));
    QProcess process;
    process.start(dot, { QStringLiteral("-Tplain") });
    QVERIFY(process.waitForStarted());
    process.write(source.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray plain = process.readAllStandardOutput();
    QVERIFY(plain.startsWith("graph "));
    QCOMPARE(plain.count("\nnode "), qsizetype(content.cards.size()));
}

void TestGraphvizLayout::sameGraphSameLayout()
{
    const Schema schema = readSchema(godwit::test::datasetDatabase(Dataset::Sakila));
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    const LayoutGraph graph = LayoutGraph::build({ &content }, measure);
    const auto first = GraphvizLayout::layout(graph);
    const auto second = GraphvizLayout::layout(graph);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
}

void TestGraphvizLayout::jobDeliversNewestResult()
{
    const Schema chinook = readSchema(godwit::test::datasetDatabase(Dataset::Chinook));
    const Schema orders = readSchema(godwit::test::ordersV1Database());
    const DiagramContent a = ContentBuilder::fromSchema(chinook);
    const DiagramContent b = ContentBuilder::fromSchema(orders);
    LayoutJob job;
    QSignalSpy finished(&job, &LayoutJob::finished);
    QSignalSpy failed(&job, &LayoutJob::failed);
    job.start(LayoutGraph::build({ &a }, measure));
    job.start(LayoutGraph::build({ &b }, measure));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!job.isRunning());
    const auto layout = finished.takeFirst().at(0).value<DiagramLayout>();
    QCOMPARE(layout.nodes.size(), 3);
    QVERIFY(!finished.wait(300)); // the superseded Chinook layout never arrives
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
