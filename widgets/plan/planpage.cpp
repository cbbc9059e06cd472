// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plan/planpage.h"

#include "plan/migrationplan.h"
#include "project/workspace.h"
#include "widgets/plan/planview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

PlanPage::PlanPage(project::Workspace* workspace, QAction* decide, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_decide(new QPushButton(tr("Decide…"), this))
    , m_view(new PlanView(this))
{
    setObjectName(QStringLiteral("planPage"));
    m_empty->setObjectName(QStringLiteral("planPageEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planPageSummary"));
    m_summary->setWordWrap(true);
    m_decide->setObjectName(QStringLiteral("planPageDecide"));
    m_decide->setToolTip(tr("Walk the decision tree: skip or keep the dual-write, batch sizes, fill values, renames"));
    connect(m_decide, &QPushButton::clicked, decide, &QAction::trigger);

    auto* planned = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_decide);
    auto* column = new QVBoxLayout(planned);
    column->setContentsMargins(8, 6, 8, 6);
    column->addLayout(header);
    column->addWidget(m_view, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(planned);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(workspace, &project::Workspace::planChanged, this, &PlanPage::refresh);
    connect(workspace, &project::Workspace::comparisonChanged, this, &PlanPage::refresh);
    connect(workspace, &project::Workspace::projectChanged, this, &PlanPage::refresh);
    refresh();
}

PlanPage::~PlanPage() = default;

QString PlanPage::summary() const { return m_summary->text(); }

void PlanPage::refresh()
{
    const bool planned = m_workspace->hasComparison() && !m_workspace->plan().isEmpty();
    m_stack->setCurrentIndex(planned ? 1 : 0);
    if (!planned) {
        m_empty->setText(m_workspace->hasComparison()
                ? tr("The two schemas are the same: there is nothing to plan.")
                : tr("No plan yet. Compare the open database with what it should become (Compare With… or "
                     "Compare With Pending Migrations…): the plan of its changes appears here."));
        m_view->setPlan({});
        return;
    }
    const plan::MigrationPlan& plan = m_workspace->plan();
    int phases = 0;
    for (plan::Phase phase : plan::allPhases())
        phases += plan.stepsIn(phase).isEmpty() ? 0 : 1;
    QString text = tr("%n step(s)", nullptr, int(plan.steps.size())) + QStringLiteral(" · ")
        + tr("%n phase(s) of expand-contract", nullptr, phases);
    if (const qsizetype stopping = plan.stoppingChecks().size())
        text += QStringLiteral(" · ") + tr("%n data check(s) stop the export until answered", nullptr, int(stopping));
    m_summary->setText(text);
    const QString selected = m_view->currentStep();
    m_view->setPlan(plan);
    if (!selected.isEmpty())
        m_view->selectStep(selected);
}

} // namespace godwit::widgets
