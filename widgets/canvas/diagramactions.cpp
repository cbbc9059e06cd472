// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramactions.h"

#include "widgets/canvas/diagramwidget.h"
#include "widgets/diff/diffview.h"

#include <QAction>
#include <QActionGroup>
#include <QStackedWidget>

namespace godwit::widgets {

DiagramActions::DiagramActions(
    QStackedWidget* stack, QWidget* overview, DiagramWidget* diagram, DiffView* diff, QObject* parent)
    : QObject(parent)
    , m_stack(stack)
    , m_overview(overview)
    , m_diagram(diagram)
    , m_diff(diff)
{
    compare = new QAction(tr("Co&mpare With…"), this);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    compare->setStatusTip(tr("Show the open schema next to another one: a database, SQL script or Mermaid file"));
    compare->setIconText(tr("Compare"));
    compareMigrations = new QAction(tr("Compare With Pending Mi&grations…"), this);
    compareMigrations->setObjectName(QStringLiteral("compareMigrationsAction"));
    compareMigrations->setStatusTip(
        tr("Show the open database next to what a Flyway-style migrations folder will make of it"));

    // The central pages, one at a time.
    auto* pages = new QActionGroup(this);
    auto page = [this, pages](const QString& text, int key, QWidget* widget) {
        auto* action = new QAction(text, pages);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, this, [this, widget] { m_stack->setCurrentWidget(widget); });
        return action;
    };
    showDiagram = page(tr("D&iagram"), Qt::Key_3, diagram);
    showOverview = page(tr("O&verview"), Qt::Key_4, overview);
    showComparison = page(tr("&Before / After"), Qt::Key_5, diff);

    zoomIn = new QAction(tr("Zoom In Diagram"), this);
    zoomIn->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal));
    connect(zoomIn, &QAction::triggered, this, [this] { comparisonShown() ? m_diff->zoomIn() : m_diagram->zoomIn(); });
    zoomOut = new QAction(tr("Zoom Out Diagram"), this);
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    connect(
        zoomOut, &QAction::triggered, this, [this] { comparisonShown() ? m_diff->zoomOut() : m_diagram->zoomOut(); });
    fit = new QAction(tr("&Fit Diagram to Window"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    connect(fit, &QAction::triggered, this,
        [this] { comparisonShown() ? m_diff->fitToWindow() : m_diagram->fitToWindow(); });
    relayout = new QAction(tr("Re-&layout Diagram"), this);
    relayout->setStatusTip(tr("Forget moved cards and lay the diagram out again"));
    connect(relayout, &QAction::triggered, m_diagram, &DiagramWidget::relayout);
    exportDiagram = new QAction(tr("&Export Diagram…"), this);
    exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDiagram->setStatusTip(tr("Save the diagram as PNG, SVG, PDF, Mermaid or DOT"));
    connect(exportDiagram, &QAction::triggered, this,
        [this] { comparisonShown() ? m_diff->exportDiagram(DiffView::Sides::Both) : m_diagram->exportDiagram(); });

    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { update(m_hasSchema); });
}

DiagramActions::~DiagramActions() = default;

bool DiagramActions::comparisonShown() const { return m_stack->currentWidget() == m_diff; }

void DiagramActions::update(bool hasSchema, bool hasDatabase)
{
    m_hasSchema = hasSchema;
    QWidget* current = m_stack->currentWidget();
    showDiagram->setEnabled(hasSchema);
    showOverview->setEnabled(hasSchema);
    showComparison->setEnabled(hasSchema && m_diff->hasComparison());
    showDiagram->setChecked(current == m_diagram);
    showOverview->setChecked(current == m_overview);
    showComparison->setChecked(current == m_diff);
    compare->setEnabled(hasSchema && !m_diff->isBusy());
    compareMigrations->setEnabled(hasSchema && hasDatabase && !m_diff->isBusy());
    // A disabled command says why (the mode strip shows it too).
    const QString why = !hasSchema ? tr("Open a database, script or Mermaid file first")
        : m_diff->isBusy()         ? tr("A comparison is running")
                                   : QString();
    compare->setToolTip(compare->isEnabled() ? compare->statusTip() : why);
    const bool canvas = current == m_diagram || current == m_diff;
    for (QAction* action : { zoomIn, zoomOut, fit, exportDiagram })
        action->setEnabled(hasSchema && canvas);
    relayout->setEnabled(hasSchema && current == m_diagram);
}

} // namespace godwit::widgets
