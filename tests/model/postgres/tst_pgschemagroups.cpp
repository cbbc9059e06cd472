// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/contentbuilder.h"
#include "layout/graphvizlayout.h"
#include "pgserver.h"
#include "resultmessage.h"
#include "schema/dotschemawriter.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"

#include <QRegularExpression>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::PgServer;
using godwit::test::why;

// PostgreSQL schemas (namespaces) drawn as groups, on a real two-schema database (public and
// sales): Graphviz clusters in the DOT writer and in the layout, `%% schema` headers in Mermaid.
class TestPgSchemaGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_START_PGSERVER(m_server);
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("objects"),
                     QStringLiteral(GODWIT_TEST_SOURCE_DIR "/model/postgres/objects.sql"), &error),
            qPrintable(error));
        auto schema = SchemaReader::readFile(m_server.uri(QStringLiteral("objects")));
        QVERIFY2(schema, why(schema).constData());
        m_schema = *schema;
    }

    // Every table and view node sits inside its own schema's cluster, and each cluster is labelled.
    void dotClusters()
    {
        const QString dot = DotSchemaWriter::write(m_schema);
        static const QRegularExpression cluster(
            QStringLiteral("subgraph \"cluster_(\\w+)\" \\{\\n    label=<<B>(\\w+)</B>>;"));
        QStringList names;
        for (auto it = cluster.globalMatch(dot); it.hasNext();) {
            const auto match = it.next();
            QCOMPARE(match.captured(1), match.captured(2));
            names.append(match.captured(1));
        }
        QCOMPARE(names, (QStringList { QStringLiteral("public"), QStringLiteral("sales") }));
        const qsizetype sales = dot.indexOf(QLatin1String("subgraph \"cluster_sales\""));
        for (const Table& t : m_schema.tables) {
            const qsizetype node = dot.indexOf(QLatin1Char('"') + t.name + QLatin1String("\" [label="));
            QVERIFY2(node > 0, qPrintable(t.name));
            QCOMPARE(node > sales, t.schemaName == QLatin1String("sales"));
        }
    }

    // Graphviz keeps each schema's cards in one box, and the box holds no card of the other.
    void layoutClusters()
    {
        const layout::DiagramContent content = layout::ContentBuilder::fromSchema(m_schema);
        const auto measure = [](const layout::Card& card) {
            return layout::NodeShape { int(80 + 7 * card.name.size()), 30, 22, int(card.rows.size()), 6 };
        };
        const layout::LayoutGraph graph = layout::LayoutGraph::build({ &content }, measure);
        const auto laidOut = layout::GraphvizLayout::layout(graph);
        QVERIFY2(laidOut, why(laidOut).constData());
        QCOMPARE(laidOut->groups.size(), 2);
        for (const layout::GroupLayout& group : laidOut->groups) {
            qsizetype members = 0;
            for (const layout::Card& card : content.cards) {
                const QRectF rect = laidOut->node(card.key)->rect;
                if (card.group == group.name) {
                    ++members;
                    QVERIFY2(group.rect.contains(rect), qPrintable(group.name + QLatin1Char(' ') + card.key));
                } else {
                    QVERIFY2(!group.rect.intersects(rect), qPrintable(group.name + QLatin1Char(' ') + card.key));
                }
            }
            QVERIFY(members > 0);
        }
        QVERIFY(laidOut->group(u"sales")->rect.contains(laidOut->node(u"sales.orders")->rect));
    }

    void mermaidHeaders()
    {
        const QString mermaid = MermaidSchemaWriter::write(m_schema);
        QVERIFY(mermaid.contains(QLatin1String("\n    %% schema public\n")));
        QVERIFY(mermaid.contains(QLatin1String("\n    %% schema sales\n")));
        QVERIFY(mermaid.contains(QLatin1String("\n    \"sales.orders\" {\n")));
        QVERIFY(mermaid.indexOf(QLatin1String("%% schema sales")) > mermaid.indexOf(QLatin1String("    customer {")));
    }

private:
    PgServer m_server;
    Schema m_schema;
};

QTEST_GUILESS_MAIN(TestPgSchemaGroups)
#include "tst_pgschemagroups.moc"
