// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/comparisonbinding.h"

#include "project/workspace.h"
#include "widgets/diff/diffview.h"

#include <QHash>

namespace godwit::widgets {

using project::Workspace;

namespace {
    Workspace::Side sideOf(layout::Side side)
    {
        return side == layout::Side::Before ? Workspace::Side::Before : Workspace::Side::After;
    }
}

ComparisonBinding::ComparisonBinding(DiffView* view, Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::projectChanged, this, [this] {
        m_view->setDiffOptions(m_workspace->project().diffOptions());
        placeAllCards();
    });
    connect(workspace, &Workspace::renamesChanged, this, &ComparisonBinding::onRenamesChanged);
    connect(workspace, &Workspace::comparisonChanged, this, &ComparisonBinding::onComparisonChanged);
    connect(workspace, &Workspace::cardMoved, this,
        [this](Workspace::Side side, const QString& table) { placeCard(side, table); });
    connect(view, &DiffView::renameDecided, workspace, &Workspace::setRenameDecision);
    connect(view, &DiffView::cardMovedByUser, this, [this](layout::Side side, const QString& key, QPointF topLeft) {
        m_workspace->moveCard(sideOf(side), key, topLeft);
    });
    // A new layout (a comparison, "changed tables only") starts from Graphviz's places.
    connect(view, &DiffView::layoutFinished, this, &ComparisonBinding::placeAllCards);
    m_view->setDiffOptions(workspace->project().diffOptions());
}

ComparisonBinding::~ComparisonBinding() = default;

void ComparisonBinding::onRenamesChanged()
{
    m_view->setDiffOptions(m_workspace->project().diffOptions());
    m_redecided = true; // the workspace's comparisonChanged follows with the changes decided again
}

void ComparisonBinding::onComparisonChanged()
{
    if (std::exchange(m_redecided, false) && m_view->hasComparison())
        m_view->showChanges(m_workspace->changes());
}

// Both sides of the Compare view show a card in one place; a drag is kept for the side it was
// made on, and the other side's place stands in where that side has none.
void ComparisonBinding::placeCard(Workspace::Side side, const QString& table)
{
    const project::CardPositions& cards = m_workspace->project().cards;
    const auto& mine = side == Workspace::Side::Before ? cards.before : cards.after;
    const auto& other = side == Workspace::Side::Before ? cards.after : cards.before;
    if (mine.contains(table))
        m_view->placeCard(table, mine.value(table));
    else if (other.contains(table))
        m_view->placeCard(table, other.value(table));
    else
        m_view->placeCard(table, std::nullopt);
}

void ComparisonBinding::placeAllCards()
{
    // All cards in one placement, so each scene re-routes its lines once; where both sides have a
    // place, the After side's wins, as placeCard() chooses it.
    const project::CardPositions& cards = m_workspace->project().cards;
    QHash<QString, QPointF> places;
    for (const auto* side : { &cards.before, &cards.after }) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it)
            places.insert(it.key(), it.value());
    }
    if (!places.isEmpty())
        m_view->placeCards(places);
}

} // namespace godwit::widgets
