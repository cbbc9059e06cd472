// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/queries/queryplanview.h"

#include "widgets/queries/querylistmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    QTreeWidget* makeTree(QWidget* parent)
    {
        auto* tree = new QTreeWidget(parent);
        tree->setHeaderHidden(true);
        tree->setColumnCount(1);
        tree->setRootIsDecorated(true);
        tree->setUniformRowHeights(true);
        tree->setSelectionMode(QAbstractItemView::NoSelection);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(false);
        return tree;
    }

    QString measurementText(const queries::QueryMeasurement& m)
    {
        if (!m.error.isEmpty())
            return QueryPlanView::tr("could not run: %1").arg(m.error);
        return QueryPlanView::tr(
            "%1 ms median of %n run(s); %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts", nullptr, m.runs)
            .arg(QString::number(m.medianMs, 'f', 3))
            .arg(m.rows)
            .arg(m.vmSteps)
            .arg(m.fullScanSteps)
            .arg(m.sorts);
    }

} // namespace

QueryPlanView::QueryPlanView(QWidget* parent)
    : QWidget(parent)
    , m_beforeTitle(new QLabel(tr("Before"), this))
    , m_afterTitle(new QLabel(tr("After"), this))
    , m_before(makeTree(this))
    , m_after(makeTree(this))
    , m_afterColumn(new QWidget(this))
    , m_summary(new QLabel(this))
{
    m_before->setObjectName(QStringLiteral("beforePlan"));
    m_after->setObjectName(QStringLiteral("afterPlan"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_beforeTitle->font();
    bold.setBold(true);
    m_beforeTitle->setFont(bold);
    m_afterTitle->setFont(bold);

    auto* beforeColumn = new QWidget(this);
    auto* beforeLayout = new QVBoxLayout(beforeColumn);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    beforeLayout->addWidget(m_beforeTitle);
    beforeLayout->addWidget(m_before);
    auto* afterLayout = new QVBoxLayout(m_afterColumn);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    afterLayout->addWidget(m_afterTitle);
    afterLayout->addWidget(m_after);
    auto* trees = new QHBoxLayout;
    trees->addWidget(beforeColumn);
    trees->addWidget(m_afterColumn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(trees, 1);
    layout->addWidget(m_summary);
    clear();
}

QueryPlanView::~QueryPlanView() = default;

void QueryPlanView::clear()
{
    m_before->clear();
    m_after->clear();
    m_summary->setText(tr("Select a query to see how SQLite runs it."));
    m_afterColumn->setVisible(false);
    m_beforeTitle->setText(tr("Plan"));
}

void QueryPlanView::fill(QTreeWidget* tree, const queries::QueryPlan& plan, const QList<qsizetype>& differing)
{
    tree->clear();
    if (plan.isBroken()) {
        auto* item = new QTreeWidgetItem(tree, { tr("Does not prepare: %1").arg(plan.error) });
        item->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setForeground(0, QBrush(QColor(0xc0, 0x1c, 0x28)));
        item->setData(0, DifferingRole, true);
        return;
    }
    if (plan.steps.isEmpty()) {
        auto* item = new QTreeWidgetItem(tree, { tr("Reads no table") });
        item->setForeground(0, tree->palette().brush(QPalette::PlaceholderText));
        return;
    }
    // A tint that reads on light and dark palettes alike.
    const QColor tint(0xf5, 0xc2, 0x11, 90);
    QHash<int, QTreeWidgetItem*> byId;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const queries::PlanStep& s = plan.steps.at(i);
        QTreeWidgetItem* parent = byId.value(s.parent);
        auto* item = parent ? new QTreeWidgetItem(parent, { s.detail }) : new QTreeWidgetItem(tree, { s.detail });
        byId.insert(s.id, item);
        const bool differs = differing.contains(i);
        item->setData(0, DifferingRole, differs);
        if (differs) {
            item->setBackground(0, tint);
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
        if (s.kind == queries::StepKind::Scan && s.access == queries::Access::Table)
            item->setToolTip(0, tr("Full scan: every row of %1 is read").arg(s.table));
        else if (s.kind == queries::StepKind::TempBTree)
            item->setToolTip(0, tr("SQLite sorts the rows itself: no index delivers this order"));
        else if (s.isAutomatic())
            item->setToolTip(0, tr("An index built for this statement alone, on every run"));
    }
    tree->expandAll();
}

void QueryPlanView::showResult(const queries::QueryResult& result, bool hasAfter)
{
    fill(m_before, result.before, result.comparison.differingBefore);
    m_afterColumn->setVisible(hasAfter);
    m_beforeTitle->setText(hasAfter ? tr("Before") : tr("Plan"));
    if (hasAfter)
        fill(m_after, result.after, result.comparison.differingAfter);
    else
        m_after->clear();

    QStringList lines;
    lines << tr("<b>%1</b>: %2")
                 .arg(result.query.name.toHtmlEscaped(), QueryListModel::statusText(result.comparison.status));
    for (const queries::PlanChange& c : result.comparison.changes) {
        if (c.type == queries::PlanChange::Type::StepsChanged)
            continue;
        lines << QStringLiteral("• %1%2").arg(queries::planChangeName(c.type).toHtmlEscaped(),
            c.table.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.table.toHtmlEscaped()));
    }
    if (result.measuredBefore.runs > 0 || !result.measuredBefore.error.isEmpty())
        lines << tr("Measured before: %1").arg(measurementText(result.measuredBefore).toHtmlEscaped());
    if (result.measuredAfter.runs > 0 || !result.measuredAfter.error.isEmpty())
        lines << tr("Measured after: %1").arg(measurementText(result.measuredAfter).toHtmlEscaped());
    if (!result.proposals.isEmpty())
        lines << tr("Index advice: %1").arg(result.proposals.join(QStringLiteral(", ")).toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace godwit::widgets
