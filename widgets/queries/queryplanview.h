// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/queryreport.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace godwit::widgets {

// One query's plans side by side, before and after, as the EXPLAIN QUERY PLAN trees; the
// steps with no twin on the other side are highlighted. Below: what changed and what the
// query cost when it was measured.
class QueryPlanView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryPlanView)
public:
    // True on the tree items of steps that differ from the other side.
    static constexpr int DifferingRole = Qt::UserRole + 1;

    explicit QueryPlanView(QWidget* parent = nullptr);
    ~QueryPlanView() override;

    void showResult(const queries::QueryResult& result, bool hasAfter);
    void clear();

    [[nodiscard]] QTreeWidget* beforeTree() const { return m_before; }
    [[nodiscard]] QTreeWidget* afterTree() const { return m_after; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

private:
    void fill(QTreeWidget* tree, const queries::QueryPlan& plan, const QList<qsizetype>& differing);

    QLabel* m_beforeTitle = nullptr;
    QLabel* m_afterTitle = nullptr;
    QTreeWidget* m_before = nullptr;
    QTreeWidget* m_after = nullptr;
    QWidget* m_afterColumn = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace godwit::widgets
