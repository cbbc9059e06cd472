// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plan/decisiontreeview.h"

#include "layout/graphvizlayout.h"

#include <cmath>

#include <QEvent>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

namespace godwit::widgets {

namespace {

    constexpr qreal NodeWidth = 170;
    constexpr qreal NodeHeight = 44;
    constexpr qreal QuestionHeight = 58;

    QColor pathColor() { return QColor(0x1f, 0x6f, 0xeb); }

    QPainterPath shapeOf(const plan::DecisionNode& node, const QRectF& r)
    {
        QPainterPath path;
        if (node.kind == plan::DecisionNode::Kind::Question) {
            // A wide diamond (the flowchart's decision shape), flattened to fit its label.
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.center().x(), r.bottom());
            path.lineTo(r.left(), r.center().y());
            path.closeSubpath();
        } else {
            path.addRoundedRect(r, 8, 8);
        }
        return path;
    }

    QPointF boundaryToward(const QRectF& r, const QPointF& target)
    {
        // The point where the line from the centre to `target` leaves the box.
        const QPointF c = r.center();
        const QPointF d = target - c;
        if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
            return c;
        const qreal sx = d.x() == 0 ? 1e9 : (r.width() / 2) / std::abs(d.x());
        const qreal sy = d.y() == 0 ? 1e9 : (r.height() / 2) / std::abs(d.y());
        return c + d * std::min(sx, sy);
    }

} // namespace

DecisionTreeView::DecisionTreeView(QWidget* parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("decisionTreeView"));
    setMouseTracking(true);
    m_animation->setStartValue(0.0);
    m_animation->setKeyValueAt(0.5, 1.0);
    m_animation->setEndValue(0.0);
    m_animation->setDuration(1400);
    m_animation->setLoopCount(-1);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_pulse = v.toReal();
        if (!m_current.isEmpty())
            update(nodeRect(m_current).adjusted(-12, -12, 12, 12).toAlignedRect());
    });
    setTree(plan::DecisionTree::schemaMigration());
}

DecisionTreeView::~DecisionTreeView() = default;

void DecisionTreeView::setTree(const plan::DecisionTree& tree)
{
    m_tree = tree;
    layoutTree();
    update();
}

void DecisionTreeView::setWalk(const plan::DecisionWalk& walk)
{
    m_walk = walk;
    update();
}

void DecisionTreeView::clearWalk()
{
    m_walk = {};
    m_current.clear();
    m_animation->stop();
    update();
}

void DecisionTreeView::setCurrentNode(const QString& nodeId)
{
    m_current = nodeId;
    if (m_current.isEmpty())
        m_animation->stop();
    else if (m_animation->state() != QAbstractAnimation::Running)
        m_animation->start();
    update();
}

void DecisionTreeView::layoutTree()
{
    m_rects.clear();
    // Graphviz places the nodes (the same layout service as the ER canvas); edges are drawn here.
    // The service attaches edges to the sides of cards, so the tree is laid out left to right with
    // every box turned on its side, then turned back: top to bottom, as a flowchart TD reads.
    layout::LayoutGraph graph;
    for (const auto& n : m_tree.nodes) {
        layout::NodeShape shape;
        shape.width = static_cast<int>(n.kind == plan::DecisionNode::Kind::Question ? QuestionHeight : NodeHeight);
        shape.headerHeight = static_cast<int>(NodeWidth);
        graph.nodes.append({ n.id, shape });
    }
    for (const auto& e : m_tree.edges) {
        // The loop back (G -> F) would pull F below G: leave it out of the ranking.
        const auto from = std::ranges::find(m_tree.nodes, e.from, &plan::DecisionNode::id);
        const auto to = std::ranges::find(m_tree.nodes, e.to, &plan::DecisionNode::id);
        if (to < from)
            continue;
        graph.edges.append({ e.from + QStringLiteral("->") + e.to, e.from, -1, e.to, -1 });
    }
    layout::LayoutOptions options;
    options.direction = layout::Direction::LeftToRight;
    options.nodeSeparation = 36;
    options.rankSeparation = 30;
    auto laid = layout::GraphvizLayout::layout(graph, options);
    m_graphviz = laid.has_value() && laid->nodes.size() == m_tree.nodes.size();
    if (m_graphviz) {
        for (const auto& n : laid->nodes)
            m_rects.insert(n.key, QRectF(n.rect.top(), n.rect.left(), n.rect.height(), n.rect.width()));
    } else {
        // Ranks by longest path from the root (back edges ignored), siblings side by side.
        QHash<QString, int> rank;
        for (const auto& n : m_tree.nodes) {
            int r = 0;
            for (const auto& e : m_tree.edges) {
                if (e.to == n.id && rank.contains(e.from))
                    r = std::max(r, rank.value(e.from) + 1);
            }
            rank.insert(n.id, r);
        }
        QHash<int, QStringList> rows;
        for (const auto& n : m_tree.nodes)
            rows[rank.value(n.id)] << n.id;
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            const qreal y = it.key() * (QuestionHeight + 30);
            const qreal width = it->size() * NodeWidth + (it->size() - 1) * 36;
            for (int i = 0; i < it->size(); ++i) {
                const bool question = m_tree.node(it->at(i))->kind == plan::DecisionNode::Kind::Question;
                const qreal h = question ? QuestionHeight : NodeHeight;
                m_rects.insert(
                    it->at(i), QRectF(-width / 2 + i * (NodeWidth + 36), y + (QuestionHeight - h) / 2, NodeWidth, h));
            }
        }
    }
    m_bounds = QRectF();
    for (const QRectF& r : std::as_const(m_rects))
        m_bounds = m_bounds.united(r);
    m_bounds.adjust(-70, -16, 90, 16); // room for labels and the loop
    updateGeometry();
}

QTransform DecisionTreeView::toWidget() const
{
    if (m_bounds.isEmpty())
        return {};
    const qreal scale = std::min({ width() / m_bounds.width(), height() / m_bounds.height(), 1.6 });
    const QPointF offset((width() - m_bounds.width() * scale) / 2, (height() - m_bounds.height() * scale) / 2);
    QTransform t;
    t.translate(offset.x(), offset.y());
    t.scale(scale, scale);
    t.translate(-m_bounds.left(), -m_bounds.top());
    return t;
}

QRectF DecisionTreeView::nodeRect(const QString& id) const
{
    const auto it = m_rects.constFind(id);
    return it == m_rects.constEnd() ? QRectF() : toWidget().mapRect(*it);
}

QSize DecisionTreeView::sizeHint() const
{
    return QSize(static_cast<int>(m_bounds.width()), static_cast<int>(m_bounds.height()));
}

QSize DecisionTreeView::minimumSizeHint() const { return QSize(220, 300); }

void DecisionTreeView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setTransform(toWidget());
    const QStringList path = m_walk.path();
    const QColor text = palette().color(QPalette::Text);
    const QColor idle = palette().color(QPalette::Mid);
    const QColor accent = pathColor();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    p.setFont(font);

    for (const auto& e : m_tree.edges) {
        const QRectF a = m_rects.value(e.from);
        const QRectF b = m_rects.value(e.to);
        if (a.isNull() || b.isNull())
            continue;
        const qsizetype at = path.indexOf(e.from);
        const bool taken = at >= 0 && at + 1 < path.size() && path[at + 1] == e.to;
        QPainterPath line;
        QPointF labelAt;
        if (b.top() < a.top()) {
            // The "No" loop: out of the right side of the question, up, into the right side of its target.
            const QPointF start(a.right(), a.center().y());
            const QPointF end(b.right(), b.center().y());
            const qreal x = std::max(a.right(), b.right()) + 40;
            line.moveTo(start);
            line.cubicTo(QPointF(x, start.y()), QPointF(x, end.y()), end);
            labelAt = QPointF(x - 6, (start.y() + end.y()) / 2);
        } else {
            const QPointF start = boundaryToward(a, b.center());
            const QPointF end = boundaryToward(b, a.center());
            line.moveTo(start);
            line.lineTo(end);
            labelAt = (start + end) / 2;
        }
        p.setPen(QPen(taken ? accent : idle, taken ? 3.0 : 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        // Arrow head at the end, along the last direction.
        const QPointF tip = line.pointAtPercent(1.0);
        const QPointF back = line.pointAtPercent(0.93);
        const qreal angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.45) * 10, std::sin(angle - 0.45) * 10)
             << tip - QPointF(std::cos(angle + 0.45) * 10, std::sin(angle + 0.45) * 10);
        p.setBrush(taken ? accent : idle);
        p.setPen(Qt::NoPen);
        p.drawPolygon(head);
        if (!e.label.isEmpty()) {
            const QFontMetricsF fm(font);
            QRectF box = fm.boundingRect(e.label).adjusted(-4, -2, 4, 2);
            box.moveCenter(labelAt);
            p.setBrush(palette().base());
            p.drawRoundedRect(box, 4, 4);
            p.setPen(taken ? accent : text);
            p.drawText(box, Qt::AlignCenter, e.label);
        }
    }

    for (const auto& n : m_tree.nodes) {
        const QRectF r = m_rects.value(n.id);
        const plan::WalkStep* step = m_walk.at(n.id);
        const QPainterPath shape = shapeOf(n, r);
        if (n.id == m_current) {
            // The current node pulses: a glow whose width and strength follow the animation.
            QColor glow(0xf5, 0xa6, 0x23);
            glow.setAlphaF(0.25 + 0.45 * m_pulse);
            p.setPen(QPen(glow, 6 + 8 * m_pulse, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(shape);
        }
        QColor fill = palette().color(QPalette::Base);
        QPen pen(idle, 1.2);
        if (step && step->applies) {
            fill = accent.lighter(185);
            pen = QPen(accent, 2.2);
        } else if (step) {
            pen = QPen(accent, 1.4, Qt::DashLine);
        }
        if (n.id == m_current)
            fill = QColor(0xff, 0xe0, 0x8a);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawPath(shape);
        p.setPen(step && step->applies ? QColor(0x0b, 0x1f, 0x3a) : text);
        const QRectF textRect = n.kind == plan::DecisionNode::Kind::Question
            ? r.adjusted(r.width() * 0.18, 4, -r.width() * 0.18, -4)
            : r.adjusted(8, 4, -8, -4);
        p.drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, n.text);
    }
}

void DecisionTreeView::mousePressEvent(QMouseEvent* event)
{
    for (auto it = m_rects.constBegin(); it != m_rects.constEnd(); ++it) {
        if (nodeRect(it.key()).contains(event->position())) {
            Q_EMIT nodeClicked(it.key());
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void DecisionTreeView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace godwit::widgets
