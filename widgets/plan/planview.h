// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/migrationplan.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace godwit::widgets {

class SqlView;

// The plan as phases and steps: a tree on the left (phase → steps), and for the selected
// step why it exists, what must hold first, its SQL, rollback and verification query.
class PlanView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)
public:
    explicit PlanView(QWidget* parent = nullptr);
    ~PlanView() override;

    void setPlan(const plan::MigrationPlan& plan);
    [[nodiscard]] const plan::MigrationPlan& plan() const { return m_plan; }
    // Selects a step by id; false when the plan has no such step.
    bool selectStep(const QString& id);
    [[nodiscard]] QString currentStep() const { return m_current; }
    // Steps shown per phase, for tests and the status line: "expand" -> 1, ...
    [[nodiscard]] int stepCount(plan::Phase phase) const;

Q_SIGNALS:
    void stepSelected(const QString& id);

private:
    void showStep(const plan::PlanStep* step);

    plan::MigrationPlan m_plan;
    QString m_current;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_checks = nullptr;
    QTabWidget* m_tabs = nullptr;
    SqlView* m_sql = nullptr;
    SqlView* m_rollback = nullptr;
    SqlView* m_verify = nullptr;
};

} // namespace godwit::widgets
