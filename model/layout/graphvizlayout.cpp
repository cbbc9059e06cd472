// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizlayout.h"

#include <algorithm>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcLayout, "godwit.model.layout", QtInfoMsg)

namespace godwit::layout {

namespace {

    constexpr qreal PointsPerInch = 72.0;
    constexpr qreal Stub = 13.0; // arrowsize 1.3: the straight run Graphviz leaves at each end
    constexpr qreal LoopWidth = 30.0;
    // A label this size makes Graphviz leave about GroupLayout::LabelBand above a cluster's cards.
    constexpr int ClusterFontSize = 14;

    QMutex& graphvizMutex()
    {
        static QMutex mutex;
        return mutex;
    }

    // Graphviz reads its plugin configuration once per context, so one context serves every
    // layout. It lives until exit: freeing it during static destruction could outlive the plugins.
    GVC_t* context()
    {
        static GVC_t* gvc = gvContext();
        return gvc;
    }

    // Graphviz reports problems through a callback; they are collected for the error message.
    QString& graphvizMessages()
    {
        static QString messages;
        return messages;
    }

    int collectMessage(char* text)
    {
        graphvizMessages() += QString::fromUtf8(text);
        return 0;
    }

    using Graph = std::unique_ptr<Agraph_t, int (*)(Agraph_t*)>;

    // Which side of each card an edge uses, and whether the DOT edge runs child -> parent.
    struct Sides {
        bool parentRight = true;
        bool childRight = false;
        bool reversed = false;
        bool self = false;
    };

    QString nodeId(qsizetype index) { return QLatin1Char('n') + QString::number(index); }

    QString port(int row) { return row < 0 ? QStringLiteral("h") : QLatin1Char('p') + QString::number(row); }

    void appendCell(QString& out, const QString& portName, int width, int height)
    {
        out += QLatin1String("<TR><TD");
        if (!portName.isEmpty())
            out += QLatin1String(" PORT=\"") + portName + QLatin1Char('"');
        out += QLatin1String(" FIXEDSIZE=\"TRUE\" WIDTH=\"") + QString::number(width) + QLatin1String("\" HEIGHT=\"")
            + QString::number(height) + QLatin1String("\"></TD></TR>");
    }

    QString nodeLabel(const NodeShape& shape)
    {
        QString out = QStringLiteral("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
        const int width = std::max(shape.width, 1);
        appendCell(out, QStringLiteral("h"), width, std::max(shape.headerHeight, 1));
        for (int row = 0; row < shape.rows; ++row)
            appendCell(out, port(row), width, std::max(shape.rowHeight, 1));
        if (shape.bottom > 0)
            appendCell(out, {}, width, shape.bottom);
        return out + QLatin1String("</TABLE>>");
    }

    QString clusterId(qsizetype index) { return QStringLiteral("cluster_g") + QString::number(index); }

    // A quoted label: Graphviz only needs its size. Quotes and backslashes (escapes in DOT
    // labels) and control characters become spaces, which measure alike.
    QString clusterLabel(const QString& name)
    {
        QString text = name;
        for (QChar& c : text) {
            if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
                c = QLatin1Char(' ');
        }
        return QLatin1Char('"') + (text.isEmpty() ? QStringLiteral(" ") : text) + QLatin1Char('"');
    }

    QString inches(qreal points) { return QString::number(points / PointsPerInch, 'f', 3); }

    QPointF toScene(const pointf& p, qreal top) { return { p.x, top - p.y }; }

    qreal distance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

    QHash<QString, qsizetype> nodeIndex(const LayoutGraph& graph)
    {
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < graph.nodes.size(); ++i)
            index.insert(graph.nodes[i].key, i);
        return index;
    }

    // Edges that close a cycle (a depth-first search in node order finds them) are written
    // child -> parent, so dot has nothing to reverse and every line leaves a card on its right
    // and enters the next rank's card on its left; forced sides on reversed edges make loops
    // that cut through cards.
    QList<Sides> rankedSides(const LayoutGraph& graph, const QHash<QString, qsizetype>& index)
    {
        QList<Sides> sides(graph.edges.size());
        QList<QList<std::pair<qsizetype, qsizetype>>> out(graph.nodes.size()); // node -> (edge, child)
        for (qsizetype e = 0; e < graph.edges.size(); ++e) {
            const qsizetype p = index.value(graph.edges[e].parent, -1);
            const qsizetype c = index.value(graph.edges[e].child, -1);
            if (p < 0 || c < 0)
                continue;
            if (p == c) {
                sides[e] = { true, true, false, true };
                continue;
            }
            out[p].append({ e, c });
        }
        enum State : char { Unseen, Open, Done };
        QList<State> state(graph.nodes.size(), Unseen);
        for (qsizetype root = 0; root < graph.nodes.size(); ++root) {
            if (state[root] != Unseen)
                continue;
            QList<std::pair<qsizetype, qsizetype>> stack { { root, 0 } }; // node, next out-edge
            state[root] = Open;
            while (!stack.isEmpty()) {
                auto& [node, next] = stack.back();
                if (next == out[node].size()) {
                    state[node] = Done;
                    stack.removeLast();
                    continue;
                }
                const auto [edge, child] = out[node][next++];
                if (state[child] == Open) {
                    sides[edge] = { false, true, true, false };
                } else if (state[child] == Unseen) {
                    state[child] = Open;
                    stack.append({ child, 0 });
                }
            }
        }
        return sides;
    }

    // neato and fdp have no ranks: once the cards are placed, each line uses the facing sides.
    QList<Sides> facingSides(
        const LayoutGraph& graph, const QHash<QString, qsizetype>& index, const QList<QPointF>& centres)
    {
        QList<Sides> sides(graph.edges.size());
        for (qsizetype e = 0; e < graph.edges.size(); ++e) {
            const qsizetype p = index.value(graph.edges[e].parent, -1);
            const qsizetype c = index.value(graph.edges[e].child, -1);
            if (p < 0 || c < 0)
                continue;
            if (p == c)
                sides[e] = { true, true, false, true };
            else if (centres[p].x() > centres[c].x())
                sides[e] = { false, true, true, false };
        }
        return sides;
    }

    // `pinned`: Graphviz positions (points) for the "nop" engine, which only routes the edges.
    QString dotText(const LayoutGraph& graph, const LayoutOptions& options, const QList<Sides>& sides,
        const QList<QPointF>& pinned = {})
    {
        QString out = QStringLiteral("digraph diagram {\n    graph [");
        if (!pinned.isEmpty()) {
            out += QLatin1String("splines=true, esep=\"+") + QString::number(int(options.nodeSeparation / 4))
                + QLatin1Char('"');
        } else if (options.engine == Engine::Dot) {
            out += options.direction == Direction::LeftToRight ? QLatin1String("rankdir=LR, ")
                                                               : QLatin1String("rankdir=TB, ");
            out += QLatin1String("nodesep=") + inches(options.nodeSeparation) + QLatin1String(", ranksep=")
                + inches(options.rankSeparation) + QLatin1String(", splines=spline");
            // Unconnected tables and views would otherwise stack in one tall first rank. Graphviz
            // 2.42 crashes in gv_postprocess when it packs a graph with clusters: those keep one piece.
            if (graph.clusterGroups().isEmpty())
                out += QLatin1String(", pack=true, packmode=\"graph\"");
        } else {
            // Without ranks, cards must be pushed apart explicitly.
            out += QLatin1String("overlap=false, sep=\"+") + QString::number(int(options.nodeSeparation / 2))
                + QLatin1Char('"');
        }
        out += QLatin1String(", pad=0, margin=0];\n"
                             "    node [shape=plaintext, margin=0, fontsize=1];\n"
                             "    edge [dir=both, arrowhead=normal, arrowtail=normal, arrowsize=1.3];\n");
        const QHash<QString, qsizetype> index = nodeIndex(graph);
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            out += QLatin1String("    ") + nodeId(i) + QLatin1String(" [");
            if (!pinned.isEmpty()) {
                out += QLatin1String("pos=\"") + QString::number(pinned[i].x(), 'f', 2) + QLatin1Char(',')
                    + QString::number(pinned[i].y(), 'f', 2) + QLatin1String("!\", ");
            }
            out += QLatin1String("label=") + nodeLabel(graph.nodes[i].shape) + QLatin1String("];\n");
        }
        // One cluster per group keeps a schema's cards together (dot and fdp honour clusters;
        // the pinned pass only routes, so it leaves them out).
        const QStringList groups = pinned.isEmpty() ? graph.clusterGroups() : QStringList();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            out += QLatin1String("    subgraph ") + clusterId(g) + QLatin1String(" {\n        graph [label=")
                + clusterLabel(groups[g]) + QLatin1String(", labeljust=l, labelloc=t, fontsize=")
                + QString::number(ClusterFontSize) + QLatin1String(", margin=") + QString::number(GroupLayout::Margin)
                + QLatin1String("];\n       ");
            for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
                if (graph.nodes[i].group == groups[g])
                    out += QLatin1Char(' ') + nodeId(i) + QLatin1Char(';');
            }
            out += QLatin1String("\n    }\n");
        }
        for (qsizetype i = 0; i < graph.edges.size(); ++i) {
            const LayoutEdge& edge = graph.edges[i];
            const qsizetype parent = index.value(edge.parent, -1);
            const qsizetype child = index.value(edge.child, -1);
            if (parent < 0 || child < 0 || sides[i].self)
                continue; // self-references are drawn as small loops; Graphviz's are wide and cross neighbours
            const QString parentEnd = nodeId(parent) + QLatin1Char(':') + port(edge.parentRow)
                + (sides[i].parentRight ? QLatin1String(":e") : QLatin1String(":w"));
            const QString childEnd = nodeId(child) + QLatin1Char(':') + port(edge.childRow)
                + (sides[i].childRight ? QLatin1String(":e") : QLatin1String(":w"));
            out += QLatin1String("    ") + (sides[i].reversed ? childEnd : parentEnd) + QLatin1String(" -> ")
                + (sides[i].reversed ? parentEnd : childEnd) + QLatin1String(" [id=\"e") + QString::number(i)
                + QLatin1String("\"];\n");
        }
        return out + QLatin1String("}\n");
    }

    Result<Graph> run(const QString& text, const char* engine)
    {
        qCDebug(lcLayout).noquote() << "Graphviz input for" << engine << ":\n" << text;
        const QByteArray dot = text.toUtf8();
        graphvizMessages().clear();
        agseterrf(&collectMessage);
        Graph g(agmemread(dot.constData()), &agclose);
        if (!g)
            return fail(Error::Code::Parse,
                QStringLiteral("Graphviz could not read the diagram: %1").arg(graphvizMessages().trimmed()));
        if (gvLayout(context(), g.get(), engine) != 0)
            return fail(Error::Code::Unsupported,
                QStringLiteral("Graphviz could not lay out the diagram with %1: %2")
                    .arg(QString::fromLatin1(engine), graphvizMessages().trimmed()));
        if (!graphvizMessages().isEmpty())
            qCDebug(lcLayout) << "Graphviz:" << graphvizMessages().trimmed();
        return g;
    }

    // Node centres in Graphviz's coordinates (points, y up).
    QList<QPointF> centres(Agraph_t* g, qsizetype count)
    {
        QList<QPointF> out;
        out.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            const QByteArray id = nodeId(i).toLatin1();
            Agnode_t* n = agnode(g, const_cast<char*>(id.constData()), 0);
            out.append(n ? QPointF(ND_coord(n).x, ND_coord(n).y) : QPointF());
        }
        return out;
    }

    // Each group's box: the cluster's bounding box Graphviz computed (label band included), or,
    // where the graph had no cluster (the pinned pass of neato and fdp), the cards' box with the
    // same margins. Either way it holds every card of the group (corners were rounded to points).
    QList<GroupLayout> readGroups(Agraph_t* g, qreal top, const LayoutGraph& graph, const QList<NodeLayout>& nodes)
    {
        const QStringList names = graph.clusterGroups();
        QList<GroupLayout> groups;
        groups.reserve(names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QRectF cards;
            for (qsizetype n = 0; n < graph.nodes.size(); ++n) {
                if (graph.nodes[n].group == names[i])
                    cards |= nodes[n].rect;
            }
            QRectF rect;
            QByteArray id = clusterId(i).toLatin1();
            if (Agraph_t* cluster = agsubg(g, id.data(), 0)) {
                const boxf bb = GD_bb(cluster);
                if (bb.UR.x > bb.LL.x && bb.UR.y > bb.LL.y)
                    rect = QRectF(QPointF(bb.LL.x, top - bb.UR.y), QPointF(bb.UR.x, top - bb.LL.y)) | cards;
            }
            if (rect.isNull())
                rect = cards.adjusted(-GroupLayout::Margin, -GroupLayout::Margin - GroupLayout::LabelBand,
                    GroupLayout::Margin, GroupLayout::Margin);
            groups.append({ names[i], rect });
        }
        return groups;
    }

    void readEdges(Agraph_t* g, qreal top, QList<EdgeLayout>& edges, QList<bool>& routed)
    {
        for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
            for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
                const char* id = agget(e, const_cast<char*>("id"));
                if (!id || id[0] != 'e')
                    continue;
                const qsizetype i = QByteArray(id + 1).toLongLong();
                const splines* spl = ED_spl(e);
                if (i < 0 || i >= edges.size() || !spl || spl->size == 0)
                    continue;
                EdgeLayout& edge = edges[i];
                for (int b = 0; b < spl->size; ++b) {
                    const bezier& bz = spl->list[b];
                    for (int p = (b == 0 ? 0 : 1); p < bz.size; ++p)
                        edge.path.append(toScene(bz.list[p], top));
                }
                if (edge.path.isEmpty())
                    continue;
                const bezier& first = spl->list[0];
                const bezier& last = spl->list[spl->size - 1];
                edge.parentPort = first.sflag ? toScene(first.sp, top) : edge.path.front();
                edge.childPort = last.eflag ? toScene(last.ep, top) : edge.path.back();
                routed[i] = true;
            }
        }
    }

} // namespace

QString GraphvizLayout::dotSource(const LayoutGraph& graph, const LayoutOptions& options)
{
    return dotText(graph, options, rankedSides(graph, nodeIndex(graph)));
}

QPointF GraphvizLayout::portPosition(const QRectF& rect, const NodeShape& shape, int row, bool rightSide)
{
    const qreal y = row < 0 ? rect.top() + shape.headerHeight / 2.0
                            : rect.top() + shape.headerHeight + shape.rowHeight * (row + 0.5);
    return { rightSide ? rect.right() : rect.left(), y };
}

Result<DiagramLayout> GraphvizLayout::layout(const LayoutGraph& graph, const LayoutOptions& options)
{
    DiagramLayout result;
    result.options = options;
    if (graph.nodes.isEmpty())
        return result;
    const QHash<QString, qsizetype> index = nodeIndex(graph);

    QMutexLocker lock(&graphvizMutex());
    QList<Sides> sides;
    Result<Graph> g = std::unexpected(Error {});
    if (options.engine == Engine::Dot) {
        sides = rankedSides(graph, index);
        g = run(dotText(graph, options, sides), "dot");
    } else {
        // Place the cards first, then route each line between the sides that face each other.
        Result<Graph> placed = run(dotText(graph, options, QList<Sides>(graph.edges.size())),
            options.engine == Engine::Neato ? "neato" : "fdp");
        if (!placed)
            return std::unexpected(placed.error());
        const QList<QPointF> pinned = centres(placed->get(), graph.nodes.size());
        gvFreeLayout(context(), placed->get());
        sides = facingSides(graph, index, pinned);
        g = run(dotText(graph, options, sides, pinned), "nop");
    }
    if (!g)
        return std::unexpected(g.error());

    const qreal top = GD_bb(g->get()).UR.y;
    const QList<QPointF> nodeCentres = centres(g->get(), graph.nodes.size());
    QRectF bounds;
    result.nodes.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const NodeShape& shape = graph.nodes[i].shape;
        const QPointF centre(nodeCentres[i].x(), top - nodeCentres[i].y());
        // Whole-point corners keep card borders and text on the pixel grid at 100%.
        const QPointF topLeft(
            std::round(centre.x() - shape.width / 2.0), std::round(centre.y() - shape.height() / 2.0));
        result.nodes.append({ graph.nodes[i].key, QRectF(topLeft, QSizeF(shape.width, shape.height())) });
        bounds |= result.nodes.back().rect;
    }

    result.groups = readGroups(g->get(), top, graph, result.nodes);
    for (const GroupLayout& group : std::as_const(result.groups))
        bounds |= group.rect;

    result.edges.resize(graph.edges.size());
    QList<bool> routed(graph.edges.size(), false);
    readEdges(g->get(), top, result.edges, routed);
    gvFreeLayout(context(), g->get());
    lock.unlock();

    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const LayoutEdge& spec = graph.edges[i];
        EdgeLayout& edge = result.edges[i];
        edge.key = spec.key;
        edge.parent = spec.parent;
        edge.parentRow = spec.parentRow;
        edge.child = spec.child;
        edge.childRow = spec.childRow;
        const qsizetype p = index.value(spec.parent, -1);
        const qsizetype c = index.value(spec.child, -1);
        if (p < 0 || c < 0)
            continue;
        const QPointF parentPort
            = portPosition(result.nodes[p].rect, graph.nodes[p].shape, spec.parentRow, sides[i].parentRight);
        const QPointF childPort
            = portPosition(result.nodes[c].rect, graph.nodes[c].shape, spec.childRow, sides[i].childRight);
        if (sides[i].self) {
            // A small loop in the gap right of the card.
            const QPointF a = parentPort + QPointF(Stub, 0);
            const QPointF b = childPort + QPointF(Stub, 0);
            const qreal bulge = qFuzzyCompare(a.y(), b.y()) ? 14 : 0;
            edge.parentPort = parentPort;
            edge.childPort = childPort;
            edge.path = { a, a + QPointF(LoopWidth, -bulge), b + QPointF(LoopWidth, bulge), b };
        } else {
            if (!routed[i])
                continue;
            // The DOT edge may run child -> parent; the path always runs parent -> child.
            if (distance(edge.path.front(), parentPort) > distance(edge.path.back(), parentPort)) {
                std::reverse(edge.path.begin(), edge.path.end());
                std::swap(edge.parentPort, edge.childPort);
            }
            // Snap both ends onto the exact row centres; the straight stubs move along.
            const QPointF startShift = parentPort - edge.parentPort;
            const QPointF endShift = childPort - edge.childPort;
            edge.portSnap
                = std::max(std::hypot(startShift.x(), startShift.y()), std::hypot(endShift.x(), endShift.y()));
            edge.parentPort = parentPort;
            edge.childPort = childPort;
            edge.path[0] += startShift;
            if (edge.path.size() > 1)
                edge.path[1] += startShift;
            edge.path.back() += endShift;
            if (edge.path.size() > 2)
                edge.path[edge.path.size() - 2] += endShift;
        }
        for (const QPointF& point : std::as_const(edge.path))
            bounds |= QRectF(point, QSizeF(0.01, 0.01));
    }

    // Move the picture to the origin by whole points.
    const QPointF shift(-std::floor(bounds.left()), -std::floor(bounds.top()));
    for (NodeLayout& node : result.nodes)
        node.rect.translate(shift);
    for (GroupLayout& group : result.groups)
        group.rect.translate(shift);
    for (EdgeLayout& edge : result.edges) {
        edge.parentPort += shift;
        edge.childPort += shift;
        for (QPointF& point : edge.path)
            point += shift;
    }
    result.bounds = bounds.translated(shift);
    return result;
}

Result<QByteArray> GraphvizLayout::renderSvg(const QString& dot, const char* engine)
{
    QMutexLocker lock(&graphvizMutex());
    auto g = run(dot, engine);
    if (!g)
        return std::unexpected(g.error());
    char* data = nullptr;
    unsigned int length = 0; // Graphviz 2.42 (Debian 12) takes unsigned int*
    const int rendered = gvRenderData(context(), g->get(), "svg", &data, &length);
    QByteArray svg = rendered == 0 && data ? QByteArray(data, qsizetype(length)) : QByteArray();
    gvFreeRenderData(data);
    gvFreeLayout(context(), g->get());
    if (svg.isEmpty())
        return fail(Error::Code::Unsupported, QStringLiteral("Graphviz could not draw the graph as SVG"));
    return svg;
}

} // namespace godwit::layout
