// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/decisiontree.h"
#include "plan/decisionwalk.h"

#include <QHash>
#include <QRectF>
#include <QWidget>

class QVariantAnimation;

namespace godwit::widgets {

// Draws the schema-migration decision tree (or any DecisionTree) with the walk's path highlighted:
// taken edges thick, nodes on the path filled, nodes that do nothing for the group dashed, and
// the current node pulsing. Node positions come from the Graphviz layout service (a simple
// column layout when it fails); edges and labels are drawn here.
class DecisionTreeView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionTreeView)
public:
    explicit DecisionTreeView(QWidget* parent = nullptr);
    ~DecisionTreeView() override;

    void setTree(const plan::DecisionTree& tree);
    void setWalk(const plan::DecisionWalk& walk);
    void clearWalk();
    void setCurrentNode(const QString& nodeId);
    [[nodiscard]] QString currentNode() const { return m_current; }
    [[nodiscard]] const plan::DecisionTree& tree() const { return m_tree; }
    // Where node `id` is drawn, in widget coordinates (empty when unknown).
    [[nodiscard]] QRectF nodeRect(const QString& id) const;
    [[nodiscard]] bool usesGraphviz() const { return m_graphviz; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeClicked(const QString& nodeId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layoutTree();
    [[nodiscard]] QTransform toWidget() const;

    plan::DecisionTree m_tree;
    plan::DecisionWalk m_walk;
    QString m_current;
    QHash<QString, QRectF> m_rects; // in layout coordinates
    QRectF m_bounds;
    bool m_graphviz = false;
    qreal m_pulse = 0; // 0..1, the current node's glow
    QVariantAnimation* m_animation = nullptr;
};

} // namespace godwit::widgets
