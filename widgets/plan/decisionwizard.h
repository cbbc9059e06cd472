// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeset.h"
#include "plan/answers.h"
#include "plan/migrationplan.h"

#include <QDialog>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace godwit::widgets {

class DecisionTreeView;
class PlanView;

// Walks each group of changes through the schema-migration decision tree, one node at a time:
// the question, the answer pre-filled from the classification and why, and what the user can
// override (skip the dual-write for a table with no readers, the batch size, up/down
// expressions, the compatibility view, whether a proposed rename is one). Every override
// rebuilds the plan, shown below phase by phase with its SQL.
class DecisionWizard final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionWizard)
public:
    explicit DecisionWizard(const diff::ChangeSet& changes, QWidget* parent = nullptr);
    ~DecisionWizard() override;

    [[nodiscard]] const plan::MigrationPlan& plan() const { return m_plan; }
    [[nodiscard]] const plan::Answers& answers() const { return m_answers; }
    void setAnswers(const plan::Answers& answers);

    [[nodiscard]] int currentWalk() const { return m_walk; }
    [[nodiscard]] QString currentNode() const { return m_node; }
    void showWalk(int index);
    void showNode(const QString& nodeId);
    // Along the walk's path; from the last node on to the next group.
    void next();
    void back();

    [[nodiscard]] DecisionTreeView* treeView() const { return m_tree; }
    [[nodiscard]] PlanView* planView() const { return m_planView; }
    // Tests turn the file dialogs off.
    void setDialogsEnabled(bool enabled) { m_dialogsEnabled = enabled; }

Q_SIGNALS:
    void planChanged();

private:
    void rebuild();
    void refreshNodePage();
    void addOverrides(const plan::DecisionWalk& walk, const plan::WalkStep& step);
    [[nodiscard]] plan::ChangeAnswers& answersFor(const QString& key);
    [[nodiscard]] QString renameChangeId(const plan::DecisionWalk& walk) const;
    void exportMarkdown();
    void exportFlyway();

    diff::ChangeSet m_changes;
    plan::Answers m_answers;
    plan::MigrationPlan m_plan;
    int m_walk = -1;
    QString m_node;
    bool m_dialogsEnabled = true;

    QListWidget* m_walks = nullptr;
    DecisionTreeView* m_tree = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_answer = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_steps = nullptr;
    QGroupBox* m_overrideBox = nullptr;
    QFormLayout* m_overrides = nullptr;
    PlanView* m_planView = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace godwit::widgets
