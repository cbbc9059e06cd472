// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QStackedWidget;
class QWidget;

namespace godwit::widgets {

class DiagramWidget;
class DiffView;

// The main window's diagram commands: which central page shows (diagram, overview,
// before/after), zoom and fit on the visible canvas, re-layout, export, and "Compare With…"
// (triggered here, carried out by the window, which owns the open schema).
class DiagramActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramActions)
public:
    DiagramActions(QStackedWidget* stack, QWidget* overview, DiagramWidget* diagram, DiffView* diff, QObject* parent);
    ~DiagramActions() override;

    // Enables what makes sense for the current page.
    // `hasDatabase`: the open schema is a database file (not a script), so a migrations folder
    // can be applied to a copy of it.
    void update(bool hasSchema, bool hasDatabase = false);

    QAction* compare = nullptr;
    QAction* compareMigrations = nullptr;
    QAction* showDiagram = nullptr;
    QAction* showOverview = nullptr;
    QAction* showComparison = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* fit = nullptr;
    QAction* relayout = nullptr;
    QAction* exportDiagram = nullptr;

private:
    [[nodiscard]] bool comparisonShown() const;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_overview = nullptr;
    DiagramWidget* m_diagram = nullptr;
    DiffView* m_diff = nullptr;
    bool m_hasSchema = false;
};

} // namespace godwit::widgets
