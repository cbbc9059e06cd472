// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plan/planview.h"

#include "widgets/sql/sqlview.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    constexpr int StepIdRole = Qt::UserRole + 1;

} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_checks(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sql(new SqlView(this))
    , m_rollback(new SqlView(this))
    , m_verify(new SqlView(this))
{
    setObjectName(QStringLiteral("planView"));
    m_tree->setObjectName(QStringLiteral("planSteps"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("stepExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setObjectName(QStringLiteral("stepChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_tabs->addTab(m_sql, tr("SQL"));
    m_tabs->addTab(m_rollback, tr("Rollback"));
    m_tabs->addTab(m_verify, tr("Verify"));

    auto* details = new QWidget(this);
    auto* text = new QVBoxLayout(details);
    text->setContentsMargins(8, 4, 4, 4);
    text->addWidget(m_title);
    text->addWidget(m_explanation);
    text->addWidget(m_checks);
    text->addWidget(m_tabs, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 260, 640 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(0, StepIdRole).toString() : QString();
        showStep(id.isEmpty() ? nullptr : m_plan.step(id));
        if (!id.isEmpty() && id != m_current) {
            m_current = id;
            Q_EMIT stepSelected(id);
        }
    });
    showStep(nullptr);
}

PlanView::~PlanView() = default;

void PlanView::setPlan(const plan::MigrationPlan& plan)
{
    const QString keep = m_current;
    m_plan = plan;
    m_current.clear();
    m_tree->clear();
    int number = 0;
    for (plan::Phase phase : plan::allPhases()) {
        const auto steps = plan.stepsIn(phase);
        if (steps.isEmpty())
            continue;
        auto* phaseItem = new QTreeWidgetItem(m_tree,
            { tr("%1 (%2)").arg(
                plan::phaseTitle(phase), steps.size() == 1 ? tr("1 step") : tr("%1 steps").arg(steps.size())) });
        QFont f = phaseItem->font(0);
        f.setBold(true);
        phaseItem->setFont(0, f);
        phaseItem->setFlags(Qt::ItemIsEnabled);
        for (const plan::PlanStep* s : steps) {
            auto* item = new QTreeWidgetItem(phaseItem, { QStringLiteral("%1. %2").arg(++number).arg(s->title) });
            item->setData(0, StepIdRole, s->id);
            item->setToolTip(0, s->id);
        }
        phaseItem->setExpanded(true);
    }
    if (!selectStep(keep) && !plan.steps.isEmpty())
        selectStep(plan.steps.front().id);
    if (plan.steps.isEmpty())
        showStep(nullptr);
}

bool PlanView::selectStep(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* phase = m_tree->topLevelItem(i);
        for (int j = 0; j < phase->childCount(); ++j) {
            if (phase->child(j)->data(0, StepIdRole).toString() == id) {
                m_tree->setCurrentItem(phase->child(j));
                return true;
            }
        }
    }
    return false;
}

int PlanView::stepCount(plan::Phase phase) const { return static_cast<int>(m_plan.stepsIn(phase).size()); }

void PlanView::showStep(const plan::PlanStep* step)
{
    if (!step) {
        m_title->setText(m_plan.isEmpty() ? tr("Nothing to do: the schemas are the same.") : tr("Select a step."));
        m_explanation->clear();
        m_checks->clear();
        m_sql->setSql({});
        m_rollback->setSql({});
        m_verify->setSql({});
        return;
    }
    m_title->setText(tr("%1 — %2").arg(plan::phaseTitle(step->phase), step->title));
    m_explanation->setText(step->explanation);
    QString checks;
    for (const plan::Precondition& p : step->preconditions)
        checks += tr("<li>%1</li>").arg(p.text.toHtmlEscaped());
    for (const QString& w : step->warnings)
        checks += tr("<li><b>Warning:</b> %1</li>").arg(w.toHtmlEscaped());
    if (!step->transactional)
        checks += tr("<li>Runs outside a transaction: it turns foreign keys off and manages its own.</li>");
    if (step->backfill)
        checks += tr("<li>Batches of %1 rows on %2.%3, until the remaining count is 0.</li>")
                      .arg(step->backfill->batchSize)
                      .arg(step->backfill->table.toHtmlEscaped(), step->backfill->keyColumn.toHtmlEscaped());
    m_checks->setText(
        checks.isEmpty() ? QString() : tr("<b>Before it runs</b><ul style=\"margin-left:12px\">%1</ul>").arg(checks));
    m_sql->setSql(step->sql);
    m_rollback->setSql(step->rollbackSql);
    m_verify->setSql(step->verificationSql);
}

} // namespace godwit::widgets
