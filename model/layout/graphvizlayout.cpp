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

    QString inches(qreal points) { return QString::number(points / PointsPerInch, 'f', 3); }

    QPointF toScene(const pointf& p, qreal top) { return { p.x, top - p.y }; }

    qreal distance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

} // namespace

QString GraphvizLayout::dotSource(const LayoutGraph& graph, const LayoutOptions& options)
{
    QString out = QStringLiteral("digraph diagram {\n    graph [");
    if (options.engine == Engine::Dot) {
        out += options.direction == Direction::LeftToRight ? QLatin1String("rankdir=LR, ")
                                                           : QLatin1String("rankdir=TB, ");
        out += QLatin1String("nodesep=") + inches(options.nodeSeparation) + QLatin1String(", ranksep=")
            + inches(options.rankSeparation) + QLatin1String(", splines=spline");
    } else {
        // Without ranks, cards must be pushed apart explicitly and edges routed around them.
        out += QLatin1String("overlap=false, splines=true, sep=\"+") + QString::number(int(options.nodeSeparation / 2))
            + QLatin1String("\", esep=\"+") + QString::number(int(options.nodeSeparation / 4)) + QLatin1Char('"');
    }
    out += QLatin1String(", pad=0, margin=0];\n"
                         "    node [shape=plaintext, margin=0, fontsize=1];\n"
                         "    edge [dir=both, arrowhead=normal, arrowtail=normal, arrowsize=1.3];\n");
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        index.insert(graph.nodes[i].key, i);
        out += QLatin1String("    ") + nodeId(i) + QLatin1String(" [label=") + nodeLabel(graph.nodes[i].shape)
            + QLatin1String("];\n");
    }
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const LayoutEdge& edge = graph.edges[i];
        const qsizetype parent = index.value(edge.parent, -1);
        const qsizetype child = index.value(edge.child, -1);
        if (parent < 0 || child < 0)
            continue;
        // Parents rank first, so lines leave a parent on its right and enter a child on its
        // left; a table that refers to itself loops on its right.
        const bool self = parent == child;
        out += QLatin1String("    ") + nodeId(parent) + QLatin1Char(':') + port(edge.parentRow)
            + QLatin1String(":e -> ") + nodeId(child) + QLatin1Char(':') + port(edge.childRow)
            + (self ? QLatin1String(":e") : QLatin1String(":w")) + QLatin1String(" [id=\"e") + QString::number(i)
            + QLatin1String("\"];\n");
    }
    return out + QLatin1String("}\n");
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
    const QByteArray dot = dotSource(graph, options).toUtf8();

    QMutexLocker lock(&graphvizMutex());
    graphvizMessages().clear();
    agseterrf(&collectMessage);
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> g(agmemread(dot.constData()), &agclose);
    if (!g)
        return fail(Error::Code::Parse,
            QStringLiteral("Graphviz could not read the diagram: %1").arg(graphvizMessages().trimmed()));
    GVC_t* gvc = context();
    const QByteArray engine = engineName(options.engine).toLatin1();
    if (gvLayout(gvc, g.get(), engine.constData()) != 0)
        return fail(Error::Code::Unsupported,
            QStringLiteral("Graphviz could not lay out the diagram with %1: %2")
                .arg(QString::fromLatin1(engine), graphvizMessages().trimmed()));
    if (!graphvizMessages().isEmpty())
        qCDebug(lcLayout) << "Graphviz:" << graphvizMessages().trimmed();

    const qreal top = GD_bb(g.get()).UR.y;
    QRectF bounds;
    result.nodes.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const QByteArray id = nodeId(i).toLatin1();
        Agnode_t* n = agnode(g.get(), const_cast<char*>(id.constData()), 0);
        const NodeShape& shape = graph.nodes[i].shape;
        // Whole-point corners keep card borders and text on the pixel grid at 100%.
        QPointF topLeft(0, 0);
        if (n) {
            const QPointF centre = toScene(ND_coord(n), top);
            topLeft
                = QPointF(std::round(centre.x() - shape.width / 2.0), std::round(centre.y() - shape.height() / 2.0));
        }
        result.nodes.append({ graph.nodes[i].key, QRectF(topLeft, QSizeF(shape.width, shape.height())) });
        bounds |= result.nodes.back().rect;
    }

    result.edges.resize(graph.edges.size());
    QList<bool> routed(graph.edges.size(), false);
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
            const char* id = agget(e, const_cast<char*>("id"));
            if (!id || id[0] != 'e')
                continue;
            const qsizetype i = QByteArray(id + 1).toLongLong();
            if (i < 0 || i >= graph.edges.size() || !ED_spl(e))
                continue;
            EdgeLayout& edge = result.edges[i];
            const splines* spl = ED_spl(e);
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

    QHash<QString, qsizetype> nodeIndex;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        nodeIndex.insert(graph.nodes[i].key, i);
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const LayoutEdge& spec = graph.edges[i];
        EdgeLayout& edge = result.edges[i];
        edge.key = spec.key;
        edge.parent = spec.parent;
        edge.parentRow = spec.parentRow;
        edge.child = spec.child;
        edge.childRow = spec.childRow;
        const qsizetype p = nodeIndex.value(spec.parent, -1);
        const qsizetype c = nodeIndex.value(spec.child, -1);
        if (!routed[i] || p < 0 || c < 0)
            continue;
        const QPointF parentPort = portPosition(result.nodes[p].rect, graph.nodes[p].shape, spec.parentRow, true);
        const QPointF childPort = portPosition(result.nodes[c].rect, graph.nodes[c].shape, spec.childRow, p == c);
        // Graphviz may hand back a reversed edge (cycles are broken by reversing one edge).
        if (distance(edge.path.front(), parentPort) > distance(edge.path.back(), parentPort)) {
            std::reverse(edge.path.begin(), edge.path.end());
            std::swap(edge.parentPort, edge.childPort);
        }
        // Snap both ends onto the exact row centres; the straight stubs move along.
        const QPointF startShift = parentPort - edge.parentPort;
        const QPointF endShift = childPort - edge.childPort;
        edge.parentPort = parentPort;
        edge.childPort = childPort;
        edge.path[0] += startShift;
        if (edge.path.size() > 1)
            edge.path[1] += startShift;
        edge.path.back() += endShift;
        if (edge.path.size() > 2)
            edge.path[edge.path.size() - 2] += endShift;
        for (const QPointF& point : std::as_const(edge.path))
            bounds |= QRectF(point, QSizeF(0.01, 0.01));
    }

    // Move the picture to the origin by whole points.
    const QPointF shift(-std::floor(bounds.left()), -std::floor(bounds.top()));
    for (NodeLayout& node : result.nodes)
        node.rect.translate(shift);
    for (EdgeLayout& edge : result.edges) {
        edge.parentPort += shift;
        edge.childPort += shift;
        for (QPointF& point : edge.path)
            point += shift;
    }
    result.bounds = bounds.translated(shift);
    gvFreeLayout(gvc, g.get());
    return result;
}

} // namespace godwit::layout
