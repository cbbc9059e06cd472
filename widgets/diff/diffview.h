// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "diff/changeset.h"
#include "diff/diffoptions.h"
#include "layout/contentbuilder.h"
#include "layout/diagramcontent.h"
#include "layout/layoutoptions.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace godwit {
struct Error;
}
namespace godwit::diff {
class CompareJob;
}
namespace godwit::layout {
class LayoutJob;
struct DiagramLayout;
}

namespace godwit::widgets {

class DiagramLegend;
class DiagramScene;
class DiagramView;

// Before and after side by side: two canvases on one shared layout (unchanged tables in the
// same place, rows aligned), kept in step while zooming, scrolling and dragging; the change
// list on the left selects a change on both sides. Marks: added green +, removed vermillion
// − with dashed border, changed amber ~, renamed blue → with "old → new".
class DiffView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)
public:
    explicit DiffView(QWidget* parent = nullptr);
    ~DiffView() override;

    void setChangeSet(const diff::ChangeSet& changes, const QString& beforeTitle, const QString& afterTitle);
    // Reads `afterPath` (any source SchemaReader::readFile takes) off the GUI thread, compares
    // `before` with it and shows the result; errors arrive as errorOccurred().
    void compareWith(const schema::Schema& before, const QString& beforeTitle, const QString& afterPath);
    // The "database + migrations folder" source: `databasePath` after the folder's pending
    // migrations (run on a temporary working copy), compared with `before`.
    void compareWithMigrations(
        const schema::Schema& before, const QString& beforeTitle, const QString& databasePath, const QString& folder);
    void clear();
    // The rename decisions comparisons are made with (the project's). The comparison shown keeps
    // its changes until showChanges() brings the ones decided again.
    void setDiffOptions(const diff::DiffOptions& options);
    [[nodiscard]] const diff::DiffOptions& diffOptions() const;
    // The same two schemas compared again (after a rename decision), under the titles shown.
    void showChanges(const diff::ChangeSet& changes);
    // Places a card on both sides, or puts it back where the layout put it.
    void placeCard(const QString& key, std::optional<QPointF> topLeft);
    // Places many cards on both sides at once (by key, top-left corners).
    void placeCards(const QHash<QString, QPointF>& topLefts);
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool hasComparison() const { return m_hasComparison; }
    [[nodiscard]] const diff::ChangeSet& changeSet() const { return m_changes; }

    // Only changed tables and the tables linked to them.
    void setChangedOnly(bool changedOnly);
    [[nodiscard]] bool isChangedOnly() const { return m_changedOnly; }
    // Selects a change (Change::id()) in the list and on both canvases.
    void selectChange(const QString& id);
    [[nodiscard]] QString selectedChange() const;

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // What an export shows: both canvases side by side (with the legend), or one of them.
    enum class Sides { Both, Before, After };
    void exportDiagram(Sides sides = Sides::Both);
    // PNG/SVG/PDF of the canvases; Mermaid/DOT of one side's schema, or for both the versioned
    // schema (NAME_V1/NAME_V2) that `godwit diff --format mermaid` writes.
    [[nodiscard]] Result<void> exportTo(const QString& path, qreal scale = 1.0, Sides sides = Sides::Both);

    [[nodiscard]] DiagramScene* beforeScene() const { return m_beforeScene; }
    [[nodiscard]] DiagramScene* afterScene() const { return m_afterScene; }
    [[nodiscard]] DiagramView* beforeView() const { return m_beforeView; }
    [[nodiscard]] DiagramView* afterView() const { return m_afterView; }
    [[nodiscard]] QTreeWidget* changeList() const { return m_list; }
    [[nodiscard]] QCheckBox* changedOnlyBox() const { return m_changedOnlyBox; }

Q_SIGNALS:
    void comparisonReady();
    void layoutFinished();
    void tableActivated(const QString& name);
    // A card dragged on one side (the other follows).
    void cardMovedByUser(godwit::layout::Side side, const QString& key, QPointF topLeft);
    // Chosen in the change list's context menu (renameChoices()).
    void renameDecided(const QString& changeId, std::optional<bool> accepted);
    void errorOccurred(const QString& message, const QString& details);

protected:
    void changeEvent(QEvent* event) override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onCompared(const diff::ChangeSet& changes);
    void startLayout();
    void onLayoutFinished(const layout::DiagramLayout& layout);
    void fillChangeList();
    void onCurrentItemChanged(QTreeWidgetItem* item);
    void onTableClicked(DiagramScene* source, const QString& key);
    void showChangeMenu(const QPoint& pos);
    void synchronise(DiagramView* from, DiagramView* to);
    [[nodiscard]] QString changeText(const diff::Change& change) const;
    [[nodiscard]] QString cardKeyOf(const diff::Change& change) const;

    diff::ChangeSet m_changes;
    layout::DiagramContent m_before;
    layout::DiagramContent m_after;
    QString m_beforeTitle;
    QString m_afterTitle;
    QString m_pendingBeforeTitle; // of the comparison running now
    QString m_pendingAfterTitle;
    layout::LayoutOptions m_options;
    bool m_changedOnly = false;
    bool m_hasComparison = false;
    bool m_syncing = false;
    bool m_fitOnShow = false; // a layout arrived while hidden

    diff::CompareJob* m_compareJob = nullptr;
    layout::LayoutJob* m_job = nullptr;
    DiagramScene* m_beforeScene = nullptr;
    DiagramScene* m_afterScene = nullptr;
    DiagramView* m_beforeView = nullptr;
    DiagramView* m_afterView = nullptr;
    QLabel* m_beforeLabel = nullptr;
    QLabel* m_afterLabel = nullptr;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_changedOnlyBox = nullptr;
    DiagramLegend* m_legend = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace godwit::widgets
